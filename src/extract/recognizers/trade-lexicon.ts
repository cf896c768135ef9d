/**
 * The words of trade statistics, English and Russian: the nouns (and a few verbs) a trade
 * figure hangs on ("товарооборот", "exports", "trade surplus"), the non-trade heads that
 * take a figure away from them ("investment", "контракты"), and the clause boundaries the
 * trade and target recognizers read sides and cues within.
 */
import type { TradeIndicator } from '../../domain/fact.ts';
import type { Money } from '../quantities/index.ts';
import type { AnnotatedSentence } from '../sentence.ts';

/** How an anchor names the indicator; `balance` and `surplus` are "other" with a flow. */
export type AnchorClass = 'turnover' | 'mutual' | 'exports' | 'imports' | 'surplus' | 'deficit' | 'balance' | 'production' | 'gdp' | 'economy' | 'freight';

export interface Anchor {
  start: number;
  end: number;
  cls: AnchorClass;
  /** A verb ("traded") rather than a noun. */
  verb: boolean;
}

const NB = '(?<![\\p{L}\\d])';
const NE = '(?![\\p{L}])';
const L = '\\p{L}*';

/**
 * One pass finds every anchor. Longer phrases come first inside each group so "trade
 * turnover" is one anchor, and "mutual trade turnover" reads as turnover.
 */
const ANCHOR_RE = new RegExp(
  NB +
    '(?:' +
    // Turnover ("mutual trade turnover" is a turnover; "mutual trade" alone is mutual trade).
    `(?<turn>(?:(?:foreign|external|bilateral|two-way|total|overall|mutual|interregional)\\s+)?(?:trade\\s+turnover|goods\\s+turnover|commodity\\s+turnover|trade\\s+volumes?|trade\\s+figures?|turnover\\s+of\\s+(?:trade|goods)|turnover)` +
    `|(?:взаимн${L}\\s+|двусторонн${L}\\s+|внешн${L}\\s+|общ${L}\\s+)?(?:товарооборот${L}|(?:внешне)?торгов${L}\\s+оборот${L}|товарообмен${L}))` +
    `|(?<mutual>mutual\\s+trade|intra-(?:union|bloc|regional)\\s+trade|взаимн${L}\\s+торговл${L})` +
    `|(?<trade>(?:(?:foreign|external|bilateral|two-way|total|overall|interregional)\\s+)?trade|traded|(?:двусторонн${L}\\s+|внешн${L}\\s+)?торговл${L})` +
    // Exports and imports; adjectives ("export potential", "экспортный") are not anchors.
    `|(?<exp>(?:re-?)?exports?|exported|export\\s+supplies|supplies|supplied|deliveries|shipments|экспорт(?!ер|н)${L}|поставк${L}|поставля${L}|вывоз${L}|отгрузк${L})` +
    `|(?<imp>imports?|imported|импорт(?!ер|н|озамещ)${L}|ввоз${L})` +
    // Balance of trade.
    `|(?<surplus>(?:(?:foreign\\s+)?trade\\s+)?surplus|(?:торгов${L}\\s+|внешнеторгов${L}\\s+)?профицит${L}|положительн${L}\\s+сальдо)` +
    `|(?<deficit>(?:(?:foreign\\s+)?trade\\s+)?deficit|отрицательн${L}\\s+сальдо|дефицит${L}\\s+(?:торгов${L}|внешнеторгов${L})\\s+баланс${L})` +
    `|(?<balance>(?:(?:foreign\\s+)?trade\\s+)?balance|сальдо(?:\\s+(?:внешней\\s+)?торговли)?|торгов${L}\\s+баланс${L})` +
    // Output of an economy.
    `|(?<gdp>GDP|gross\\s+(?:domestic|regional)\\s+product|ВВП|ВРП|валов${L}\\s+(?:внутренн|регионал)${L}\\s+продукт${L})` +
    `|(?<production>(?:industrial|agricultural|manufacturing|agro-industrial)\\s+(?:production|output)|(?:промышленн|сельскохозяйственн|агропромышленн)${L}\\s+производств${L}|объ[её]м${L}\\s+производства|производств(?:о|а)\\s+продукции)` +
    `|(?<economy>econom(?:y|ies)|экономик${L})` +
    // Transport volumes, which the sources report with trade.
    `|(?<freight>freight(?:\\s+(?:traffic|turnover|transportation))?|cargo\\s+(?:traffic|turnover|transportation|flows?)|passenger\\s+traffic|(?:railway\\s+|rail\\s+)?transit(?:\\s+traffic)?|грузооборот${L}|грузоперевоз${L}|перевозк${L}\\s+грузов|пассажиропоток${L}|транзит${L})` +
    ')' +
    NE,
  'giu',
);

/** Words after "trade" that make it a modifier, not the trade itself: "free trade zone", "trade fair". */
const TRADE_MODIFIER_AFTER_RE = new RegExp(
  '^(?:\\s*(?:,|and|&)\\s*(?:economic|investment|industrial|scientific|production|cultural|humanitarian|logistics)' +
    '|-economic|\\s+(?:zones?|areas?|agreements?|regimes?|fairs?|organi[sz]ations?|unions?|policy|policies|barriers?|procedures?|' +
    'facilitation|liberali[sz]ation|missions?|representatives?|representations?|houses?|partners?|partnership|relations|ties|cooperation|' +
    'links|networks?|centres?|centers?|restrictions?|measures|wars?|disputes?|shows?|exhibitions?|councils?|commissions?|houses?|' +
    'offices?|missions?|preferences|regulation|rules|talks|negotiations|deals?|routes?|corridors?|infrastructure|diversification|' +
    'mechanisms?|potential|opportunities|prospects|development|expansion|cooperation|and\\s+economic)' +
    '|\\s+и\\s+(?:экономич|инвестиц|промышлен)|\\s+(?:услугами|товарами\\s+и\\s+услугами))' +
    NE,
  'iu',
);

/** Words before "trade" that make it something else: "free trade", "World Trade Organization". */
const TRADE_MODIFIER_BEFORE_RE =
  /(?<![\p{L}])(?:free|world|fair|свободной|свободная|свободную|зоны|зона|зону|по|министерств\p{L}*|министр\p{L}*|развитию|развития|(?:ministry|minister|department|chamber|committee|agency|council|commission|centre|center|organi[sz]ation)\s+(?:of|for)(?:\s+(?:investment|investments|economy|industry)\s+and)?(?:\s+(?:foreign|external|international))?)\s+$/iu;

/** Modifier uses of export/import nouns: "export potential", "import duties". */
const EXIM_MODIFIER_AFTER_RE = new RegExp(
  '^(?:-|\\s+)(?:potential|opportunit\\p{L}*|oriented|credits?|duty|duties|customs|tariffs?|quotas?|licen\\p{L}*|controls?|support|' +
    'promotion|markets?|capacity|capacities|capabilities|base|structure|geography|strategy|policy|enterprises|companies|community|' +
    'substitut\\p{L}*|dependen\\p{L}*|ban|bans|restrictions?|regime|coverage|operations|contracts?|agreements?|routes?|' +
    'потенциал\\p{L}*|возможност\\p{L}*|пошлин\\p{L}*|контракт\\p{L}*)' +
    NE,
  'iu',
);

/** "economy" is a production anchor only as the subject of growth: "the economy grew by 7%". */
const ECONOMY_GROWTH_AFTER_RE = /^\s+(?:(?:has|had|have|also|again|only)\s+)?(?:grew|grown|expanded|increased|contracted|shrank|declined|rose|fell|вырос\p{L}*|возрос\p{L}*|сократил\p{L}*|снизил\p{L}*|увеличил\p{L}*)(?![\p{L}])/iu;

/** Stems every anchor has: most sentences have none and skip the full pattern. */
const ANCHOR_STEM_RE = /trad|turnover|export|import|suppl|deliver|shipment|surplus|deficit|balance|GDP|gross|production|output|econom|freight|cargo|traffic|transit|товар|торгов|экспорт|импорт|постав|вывоз|ввоз|отгруз|профицит|сальдо|дефицит|ВВП|ВРП|валов|производств|экономик|грузо|перевоз|пассажир|транзит/i;

/** "mutual" in a turnover phrase. */
const MUTUAL_RE = /mutual|взаимн/iu;

/** "turnover" in a turnover phrase. */
const TURNOVER_WORD_RE = /turnover|оборот/iu;

/** The verb of trade. */
const TRADED_RE = /^traded$/i;

/** An English past form: "exported". */
const PAST_RE = /ed$/i;

/** "balance of interests", "balance of power": not trade. */
const BALANCE_OF_RE = /^\s+(?:of\s+(?:interests?|power|forces))/iu;

/** Russian stems of goods: a genitive after "экспорт" that names a sector. */
const GOODS_STEM_RE = /(?:товар|продук|сырь|техник|издели|оборудован|машин|металл|нефт|газ|зерн|мяс|молок|молочн|услуг)/iu;

/** A capitalised word: a name, not a sector. */
const CAPITAL_START_RE = /^\p{Lu}/u;

/** Every anchor of `text`, sorted, non-overlapping. */
export function findAnchors(text: string): Anchor[] {
  const out: Anchor[] = [];
  if (!ANCHOR_STEM_RE.test(text)) return out;
  ANCHOR_RE.lastIndex = 0;
  for (let m = ANCHOR_RE.exec(text); m; m = ANCHOR_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 60);
    const before = text.slice(Math.max(0, start - 24), start);
    let cls: AnchorClass;
    let verb = false;
    if (g.turn) cls = MUTUAL_RE.test(m[0]) && !TURNOVER_WORD_RE.test(m[0]) ? 'mutual' : 'turnover';
    else if (g.mutual) cls = 'mutual';
    else if (g.trade) {
      if (TRADE_MODIFIER_AFTER_RE.test(after) || TRADE_MODIFIER_BEFORE_RE.test(before)) continue;
      cls = 'turnover';
      verb = TRADED_RE.test(m[0]);
    } else if (g.exp || g.imp) {
      if (EXIM_MODIFIER_AFTER_RE.test(after)) continue;
      cls = g.exp ? 'exports' : 'imports';
      verb = PAST_RE.test(m[0]);
    } else if (g.surplus) cls = 'surplus';
    else if (g.deficit) cls = 'deficit';
    else if (g.balance) {
      if (BALANCE_OF_RE.test(after)) continue;
      cls = 'balance';
    } else if (g.gdp) cls = 'gdp';
    else if (g.production) cls = 'production';
    else if (g.economy) {
      if (!ECONOMY_GROWTH_AFTER_RE.test(after)) continue;
      cls = 'economy';
    } else cls = 'freight';
    out.push({ start, end, cls, verb });
  }
  return out;
}

/**
 * What the trade and target recognizers read off one sentence, kept: a sentence is read for
 * its own figures and again as the neighbour of others (periods carried over, follow-ups).
 * These are pure functions of the sentence text; the WeakMap lets them go with the sentence.
 */
interface SentenceWords {
  anchors?: Anchor[];
  subclauses?: number[];
}
const bySentence = new WeakMap<AnnotatedSentence, SentenceWords>();

function wordsOf(sentence: AnnotatedSentence): SentenceWords {
  let w = bySentence.get(sentence);
  if (!w) bySentence.set(sentence, (w = {}));
  return w;
}

/** `findAnchors(sentence.text)`, read once per sentence. */
export function anchorsOf(sentence: AnnotatedSentence): readonly Anchor[] {
  const w = wordsOf(sentence);
  return (w.anchors ??= findAnchors(sentence.text));
}

/** `subclauseStarts(sentence.text)`, read once per sentence. */
export function subclausesOf(sentence: AnnotatedSentence): readonly number[] {
  const w = wordsOf(sentence);
  return (w.subclauses ??= subclauseStarts(sentence.text));
}

/** The fact indicator an anchor names (before the parties refine "turnover" into mutual trade). */
export function indicatorOf(cls: AnchorClass): TradeIndicator {
  switch (cls) {
    case 'turnover':
      return 'turnover';
    case 'mutual':
      return 'mutual_trade';
    case 'exports':
      return 'exports';
    case 'imports':
      return 'imports';
    case 'production':
    case 'gdp':
    case 'economy':
      return 'production';
    default:
      return 'other';
  }
}

/**
 * Heads that own a figure and are not trade: "investment", "contracts", "the cost of",
 * "кредит". A figure whose nearest head is one of these is not a trade figure.
 */
const BLOCKER_RE = new RegExp(
  NB +
    '(?:investments?|invested|investors?|contracts?|deals?|agreements?|projects?|loans?|credits?|grants?|aid|budgets?|costs?|' +
    'prices?|capital|funds?|funding|financing|assets|reserves|debts?|revenues?|profits?|salar(?:y|ies)|wages?|population|' +
    'tourists?|tonnes|tons|share|portfolio|orders?|tax(?:es)?|remittances?|subsid(?:y|ies)|' +
    `инвестиц${L}|вложени${L}|контракт${L}|сделк${L}|соглашени${L}|договор${L}|проект${L}|кредит${L}|займ${L}|бюджет${L}|` +
    `стоимост${L}|цен[аыуе]|капитал${L}|фонд${L}|финансировани${L}|долг${L}|прибыл${L}|выручк${L}|зарплат${L}|населени${L}|` +
    `доля|доли|долю|налог${L}|субсиди${L}|заказ${L}|тонн${L})` +
    NE,
  'giu',
);

export interface Span {
  start: number;
  end: number;
}

/** Non-trade heads of `text`, sorted. */
export function findBlockers(text: string): Span[] {
  const out: Span[] = [];
  BLOCKER_RE.lastIndex = 0;
  for (let m = BLOCKER_RE.exec(text); m; m = BLOCKER_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Where a sub-clause begins: after ";" or ":", before "while", "whereas", "but", ", and",
 * ", which", ", of which", "said that", and the Russian ", а", ", но", ", что", ", при этом".
 * The trade recognizer reads the sides of a figure and the target cues within these.
 */
const BOUNDARY_RE = new RegExp(
  '[;:]' +
    '|,\\s+(?:and|but|while|whereas|which|where|who|of\\s+which|including|with|as\\s+well\\s+as)(?![\\p{L}])' +
    '|\\s(?:while|whereas|but)(?![\\p{L}])' +
    '|(?<![\\p{L}])(?:that|because|что|чтобы|поскольку|потому\\s+что|так\\s+как|ибо)(?![\\p{L}])' +
    '|,\\s+(?:а|но|и|при\\s+этом|в\\s+том\\s+числе|из\\s+(?:них|которых)|котор\\p{L}+|где|когда|тогда\\s+как)(?![\\p{L}])' +
    '|,\\s+when(?![\\p{L}])',
  'giu',
);

/** An opening quote before a capital starts a quoted statement (case-sensitive, so apart). */
const QUOTE_BOUNDARY_RE = /[«“"](?=\s*\p{Lu})/gu;

/** Start offsets of the sub-clauses of `text` (0 first), sorted. */
export function subclauseStarts(text: string): number[] {
  const out = [0];
  for (const re of [BOUNDARY_RE, QUOTE_BOUNDARY_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  }
  return out.sort((a, b) => a - b);
}

/** The start of the sub-clause holding `pos`, given `subclauseStarts(text)`. */
export function subclauseStartAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo];
}

/** The end of the sub-clause holding `pos`: the next boundary after it, or the text end. */
export function subclauseEndAt(starts: readonly number[], pos: number, textLength: number): number {
  for (const s of starts) if (s > pos) return s;
  return textLength;
}

/**
 * Verbs that link a trade noun to its figure ("amounted to", "составил"): the words of the
 * anchor phrase ("trade between X and Y") end before them.
 */
export const LINK_VERB_RE = new RegExp(
  NB +
    '(?:amount(?:ed|s)?|total(?:l?ed|s)?|reach(?:ed|es)?|exceed(?:ed|s)?|was|were|is|are|has|have|had|made|stood|valued|came|' +
    'grew|grown|rose|risen|increas(?:ed|es)|decreas(?:ed|es)|declin(?:ed|es)|fell|dropped|jumped|surged|doubled|tripled|' +
    'estimated|worth|posted|showed|demonstrated|registered|recorded|' +
    `состав${L}|достиг${L}|превы${L}|вырос${L}|возрос${L}|увелич${L}|сократил${L}|снизил${L}|уменьшил${L}|упал${L}|` +
    `оцен${L}|насчитыва${L}|был[аои]?)` +
    NE,
  'iu',
);

/** Generic goods words: "exports of goods" is the whole trade, "exports of dairy products" a sector. */
const GENERIC_GOODS = new Set(
  ('goods products commodities merchandise items services goods and services products and services ' +
    'товаров товары продукции продукция товаров и услуг услуг')
    .split(' '),
);

/** Place adjectives ("Belarusian goods", "нижегородских товаров") do not make a sector. */
const PLACE_ADJECTIVE_RE = /^(?:\p{Lu}\p{L}*(?:ian|ese|ish|ean|i|ic)|\p{L}*(?<!ч)ск(?:ий|ая|ое|ие|их|ой|ого|ую|ому|ими|им)|\p{L}*ийск\p{L}*)$/u;
const SCOPE_AFTER_RE =
  /^\s+(?:of|in)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=\s+(?:to|from|between|with|by|in|into|amounted|totall?ed|reached|exceeded|grew|rose|increased|decreased|fell|declined|was|were|is|are|has|have|made|worth|valued|estimated|of)(?![\p{L}])|\s*[,.;(]|\s*$)/iu;
const SCOPE_AFTER_RU_RE = /^\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*(?:ой|ей|ых|их|ов|ев|а|я|ии|и))(?=\s|[,.;]|$)/u;

/**
 * The sector a figure is limited to, written right after the anchor: "exports of dairy
 * products" -> "dairy products", "экспорт молочной продукции" -> "молочной продукции";
 * null for the whole trade ("exports of goods", "экспорт белорусских товаров").
 */
export function scopeAfter(text: string, anchorEnd: number, cls: AnchorClass): string | null {
  if (cls !== 'exports' && cls !== 'imports' && cls !== 'turnover' && cls !== 'mutual') return null;
  const tail = text.slice(anchorEnd, anchorEnd + 80);
  const russian = /[а-яё]/iu.test(text.slice(Math.max(0, anchorEnd - 3), anchorEnd));
  const m = russian ? SCOPE_AFTER_RU_RE.exec(tail) : SCOPE_AFTER_RE.exec(tail);
  if (!m) return null;
  const phrase = m[1].trim();
  const words = phrase.split(/\s+/).filter((w) => !/^(?:the|a|an|its|their|of)$/i.test(w));
  if (words.length === 0) return null;
  const lower = words.map((w) => w.toLowerCase());
  // Russian genitive after "экспорт" must look like goods, not a party or a preposition phrase.
  if (russian && !GOODS_STEM_RE.test(phrase)) return null;
  const content = lower.filter((w, i) => !PLACE_ADJECTIVE_RE.test(words[i]) && !/^(?:other|all|various|its|our|their|main|total|such|these|those|различных|других|всех|наших|своих)$/.test(w));
  if (content.length === 0) return null;
  if (GENERIC_GOODS.has(content.join(' '))) return null;
  if (content.every((w) => GENERIC_GOODS.has(w) || w === 'and' || w === 'и')) return null;
  // A place or a partner after "trade in/of" is not a sector: "trade of the EAEU".
  if (CAPITAL_START_RE.test(words[0]) && cls !== 'exports' && cls !== 'imports') return null;
  if (CAPITAL_START_RE.test(words[words.length - 1])) return null;
  return phrase;
}

/**
 * The amount of a money annotation. A "range" whose ends differ a hundredfold is an amount
 * followed by a count ("$50 million to 12 regions"): the first end is the amount.
 */
export function moneyValue(m: Money): number {
  if (m.range && Math.min(m.range.from, m.range.to) * 100 < Math.max(m.range.from, m.range.to)) return m.range.from;
  return m.value;
}
