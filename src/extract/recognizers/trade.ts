import type { FactDraft, Recognizer, AnnotatedSentence, DocumentContext } from '../sentence.ts';
import type { Party } from '../../domain/party.ts';
import type { PartyMention } from '../parties/index.ts';
import { partyNames } from './parties-in-context.ts';
import { findMultipliers, type Multiplier } from '../quantities/index.ts';
import {
  anchorsOf,
  findBlockers,
  indicatorOf,
  LINK_VERB_RE,
  moneyValue,
  scopeAfter,
  subclauseEndAt,
  subclauseStartAt,
  subclausesOf,
  type Anchor,
  type Span,
} from './trade-lexicon.ts';
import { blocNickname, completeSides, flowOf, isInternalBlocMention, isMemberOf, roleOf, sentenceSides, sideMentions, type Role } from './trade-parties.ts';
import { carriedPeriod, parenRanges, periodFor } from './trade-period.ts';
import { cuesOf, governedByTargetCue } from './target.ts';

/**
 * Trade facts (DESIGN.md fact format, type "trade"): figures of trade, exports, imports,
 * balance, output and freight, each hung on the noun that names it ("товарооборот составил
 * $1 млрд", "$22 million is exports from Kyrgyzstan"), with the sides named around that noun
 * or, failing that, by the text before; the period of its clause; and the change stated with
 * it ("reached $138.5m and increased by 38.5%" is one fact). Figures that are goals or
 * forecasts belong to the target recognizer.
 */

interface Figure {
  kind: 'money' | 'change';
  start: number;
  end: number;
  value: number | null;
  currency: string | null;
  change: number | null;
  /** The first amount of "from $1.6 billion to $2.3 billion": the level of the base period. */
  base?: boolean;
}

interface Item {
  anchor: Anchor;
  money: Figure | null;
  change: Figure | null;
}

/** How far a figure may stand from the noun it belongs to. */
const MAX_BIND_DISTANCE = 260;

/**
 * Words between a figure and a trade noun after it that keep them together: "$22 million
 * is exports", "$46 million — imports", "a 20% increase in mutual trade", "36% (USD 5.6
 * billion) increase in trade turnover".
 */
const AFTER_LINK_RE = new RegExp(
  '^[\\s)]*(?:\\([^()]{0,80}\\)\\s*)?(?:(?:is|are|was|were|of|in|for|[—–:-]|goes\\s+to|went\\s+to|comes\\s+from|came\\s+from|accounted\\s+for\\s+by)\\s*)?' +
    '(?:(?:the|an?|its|their|our|total|overall|annual|year-on-year|y-o-y|sharp|significant)\\s+)*' +
    '(?:(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall|reduction|contraction|surge|рост\\p{L}*|прирост\\p{L}*|увеличени\\p{L}*|снижени\\p{L}*|сокращени\\p{L}*|падени\\p{L}*)\\s*(?:in|of)?\\s*(?:the\\s+)?)?$',
  'iu',
);

const BARE_VERB_MULTIPLIER_RE = /^(?:double|triple|treble|quadruple|halve|удвоить|утроить|учетверить)$/iu;

/** A non-trade head right after an amount: "$5 million in investment", "$2 bn worth of contracts". */
const AFTER_BLOCKER_GAP_RE = /^\s*(?:(?:in|of|worth|for|the|foreign|direct|new|additional|joint|total|capital)\s+)*$/iu;

/** "This is 25% more", "Рост составил 25%": a change stated right after its figure's sentence. */
const FOLLOW_UP_CHANGE_RE =
  /^\s*(?:(?:the|this)\s+(?:increase|growth|rise|decline|decrease|drop|fall)|this\s+(?:is|was|represents|marks|means)|that\s+(?:is|was)|(?:рост|прирост|увеличение|снижение|сокращение|падение)(?:\s+\p{L}+){0,2}\s+(?:состав|достиг)\p{L}*|это\s+(?:на|в))(?![\p{L}])/iu;

/** "it was about $280 million", "он составил": a figure of the trade named in the previous sentence. */
const PRONOUN_LINK_RE =
  /(?<![\p{L}])(?:it|this\s+figure|the\s+figure|the\s+indicator|он|она|этот\s+показатель|показатель)\s+(?:\p{L}+\s+){0,2}?(?:was|amounted|stood|reached|totall?ed|exceeded|made\s+up|составил\p{L}*|достиг\p{L}*|превысил\p{L}*)(?![\p{L}])[^.;]*$/iu;

/** What is left after a dangling trade noun at a sentence end: "... and imports of" | "$17.6 million." */
const DANGLING_TAIL_RE = /^\s*(?:of|at|worth|amounted\s+to|totall?ed|was|were|reached|[—–:-]|в\s+размере|на\s+сумму|составил\p{L}*)?\s*$/iu;

/** An amount written as a bare number, with no currency or scale word of its own. */
const BARE_AMOUNT_RE = /^[\d\s.,]+$/;

/** Counted items and their price: "2,000 tractors worth", "500 автобусов на сумму". */
const ITEMS_WORTH_RE = /^\s+[\p{L}][\p{L}\s,-]{0,60}?(?:worth|valued\s+at|at\s+a\s+(?:total\s+)?(?:cost|value)\s+of|for\s+a\s+total\s+of|на\s+(?:общую\s+)?сумму|(?:общей\s+)?стоимостью)\s*(?:about|almost|nearly|over|more\s+than|около|почти|более|свыше)?\s*$/iu;

/** "by"/"на" before a figure: a change, not a share. */
const BY_BEFORE_RE = /(?<![\p{L}])(?:by|на)\s+(?:\p{L}+\s+)?$/iu;

/** Punctuation that separates two noun phrases. */
const PUNCT_RE = /[,;:]/;

/** The gap of "from A to B". */
const TO_GAP_RE = /^\s+(?:to|до)\s+$/iu;

/** "from" before the first amount of "from A to B". */
const FROM_BEFORE_RE = /(?<![\p{L}])(?:from|с|со)\s*$/iu;

/** A full stop or semicolon inside a stretch of text. */
const SENTENCE_STOP_RE = /[.;]\s/;

/** The gap between two wordings of one change: "by more than a quarter, by 28 per cent". */
const RESTATEMENT_GAP_RE = /^[\s,;—–-]*(?:by|or|i\.e\.|на|или)?\s*$/iu;

/** A period that is one year. */
const YEAR_RE = /^\d{4}$/;

/** "makes up 60% of trade", "accounts for 35 percent of exports": a share, whatever cue is near. */
const SHARE_BEFORE_RE = /(?<![\p{L}])(?:(?:make|makes|made|making)\s+up|(?:account|accounts|accounted|accounting)\s+for|составля\p{L}*|приходит\p{L}*\s+на|приходил\p{L}*\s+на)\s+(?:(?:about|almost|nearly|over|more\s+than|some|around|just|около|почти|более|свыше|порядка)\s+)*$/iu;
const SHARE_AFTER_RE = /^\s+of\s+(?!(?:the\s+)?(?:same|last|previous|\d{4}))/iu;

function looksLikeShare(text: string, start: number, end: number): boolean {
  if (SHARE_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return true;
  return SHARE_AFTER_RE.test(text.slice(end, end + 30)) && !BY_BEFORE_RE.test(text.slice(Math.max(0, start - 20), start));
}


function collectFigures(sentence: AnnotatedSentence, blockers: readonly Span[]): Figure[] {
  const text = sentence.text;
  const out: Figure[] = [];
  const multipliers = [...sentence.multipliers];
  // The sentence's multipliers as if no money hid them, read once for all bare amounts.
  let unhidden: Multiplier[] | null = null;
  for (const m of sentence.money) {
    // "$196.3 million, 1.5 times more": a bare small number took the currency of the amount
    // before it; it is the multiple, which the money annotation hid.
    if (BARE_AMOUNT_RE.test(m.raw) && m.value < 1e4) {
      multipliers.push(...(unhidden ??= findMultipliers(text)).filter((x) => x.start < m.end && x.end > m.start));
      continue;
    }
    const owner = blockers.find((b) => b.start >= m.end && b.start - m.end <= 40);
    if (owner && AFTER_BLOCKER_GAP_RE.test(text.slice(m.end, owner.start))) continue;
    // "2,000 tractors worth $50 million": the price of a delivery, not a trade figure.
    if (sentence.numbers.some((n) => n.end <= m.start && m.start - n.end <= 80 && ITEMS_WORTH_RE.test(text.slice(n.end, m.start)))) continue;
    out.push({ kind: 'money', start: m.start, end: m.end, value: moneyValue(m), currency: m.currency, change: null });
  }
  for (const p of sentence.percents) {
    if (p.change_pct === null || (p.kind !== 'change' && p.kind !== 'growth_rate' && p.kind !== 'level_of_base')) continue;
    if (p.kind === 'change' && looksLikeShare(text, p.start, p.end)) continue;
    out.push({ kind: 'change', start: p.start, end: p.end, value: null, currency: null, change: p.change_pct });
  }
  for (const x of multipliers) {
    // "to double", "удвоить": a bare verb is an aim or a possibility, never a reported change.
    if (x.change_pct === null || BARE_VERB_MULTIPLIER_RE.test(x.raw)) continue;
    out.push({ kind: 'change', start: x.start, end: x.end, value: null, currency: null, change: x.change_pct });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The trade noun a figure belongs to: one right after it, else the nearest before with no other head between. */
function bindFigure(text: string, f: Figure, anchors: readonly Anchor[], blockers: readonly Span[]): Anchor | null {
  let before: Anchor | null = null;
  for (const a of anchors) {
    if (a.end <= f.start) {
      before = a;
      continue;
    }
    if (a.start >= f.end) {
      if (a.start - f.end <= 80 && AFTER_LINK_RE.test(text.slice(f.end, a.start)) && fits(a, f)) return modifiedBy(text, a, blockers) ? null : a;
      break;
    }
  }
  if (!before || f.start - before.end > MAX_BIND_DISTANCE || !fits(before, f)) return null;
  if (modifiedBy(text, before, blockers)) return null;
  if (blockers.some((b) => b.start >= before!.end && b.end <= f.start)) return null;
  return balanceHead(text, anchors, before);
}

/** "сальдо в торговле с X", "surplus in trade with X": the balance is the head, trade its modifier. */
function balanceHead(text: string, anchors: readonly Anchor[], chosen: Anchor): Anchor {
  if (chosen.cls !== 'turnover' && chosen.cls !== 'mutual') return chosen;
  const i = anchors.indexOf(chosen);
  const prev = i > 0 ? anchors[i - 1] : null;
  if (!prev || (prev.cls !== 'surplus' && prev.cls !== 'deficit' && prev.cls !== 'balance')) return chosen;
  const between = text.slice(prev.end, chosen.start);
  return between.length <= 40 && !LINK_VERB_RE.test(between) && !PUNCT_RE.test(between) ? prev : chosen;
}

/** A side named after a noun's last figure: "a surplus of $300 million with Kyrgyzstan". */
const TRAILING_PREP_RE = /(?<![\p{L}])(?:with|to|from|between|and|into|с|со|в|во|из|между|и|на)\s+(?:the\s+)?$/iu;

function trailingSides(sentence: AnnotatedSentence, items: readonly Item[], figures: readonly Figure[], starts: readonly number[]): PartyMention[] {
  // Lists ("Armenia (by 25%) and Kyrgyzstan (by 19%)") name their sides before their figures.
  if (items.length !== 1) return [];
  const text = sentence.text;
  const it = items[0];
  const first = Math.min(it.money?.end ?? Infinity, it.change?.end ?? Infinity);
  let limit = subclauseEndAt(starts, first, text.length);
  for (const f of figures) if (f.start >= first && f !== it.money && f !== it.change) { limit = Math.min(limit, f.start); break; }
  return sideMentions(sentence, first, limit).filter((m) => TRAILING_PREP_RE.test(text.slice(Math.max(0, m.start - 12), m.start)));
}

/** "prices for dairy exports", "цены на экспорт": the trade noun only qualifies another head. */
const HEAD_OF_RE = /^\s+(?:of|for|on|in|на|по|в)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

function modifiedBy(text: string, a: Anchor, blockers: readonly Span[]): boolean {
  for (const b of blockers) {
    if (b.end > a.start) break;
    if (a.start - b.end <= 40 && HEAD_OF_RE.test(text.slice(b.end, a.start))) return true;
  }
  return false;
}

/** Output nouns take changes, and amounts only when they are GDP. */
function fits(a: Anchor, f: Figure): boolean {
  if (f.kind === 'change') return true;
  return a.cls !== 'production' && a.cls !== 'economy';
}

/** "from $1.6 billion to $2.3 billion" / "с 1,6 до 2,3 млрд": the first amount is the base level. */
function markBases(text: string, moneys: Figure[]): void {
  for (let i = 0; i + 1 < moneys.length; i++) {
    const a = moneys[i];
    const b = moneys[i + 1];
    if (TO_GAP_RE.test(text.slice(a.end, b.start)) && FROM_BEFORE_RE.test(text.slice(Math.max(0, a.start - 8), a.start))) a.base = true;
  }
}

/** Groups the figures of one trade noun into facts: an amount takes the change stated next to it. */
function itemsOf(text: string, anchor: Anchor, figures: Figure[]): Item[] {
  const moneys = figures.filter((f) => f.kind === 'money');
  markBases(text, moneys);
  const items: Item[] = moneys.map((m) => ({ anchor, money: m, change: null }));
  for (const c of figures) {
    if (c.kind !== 'change') continue;
    let best: Item | null = null;
    let bestDistance = Infinity;
    for (const it of items) {
      const m = it.money!;
      if (it.change || m.base) continue;
      const [from, to] = m.end <= c.start ? [m.end, c.start] : [c.end, m.start];
      const between = text.slice(from, to);
      if (between.length > 100 || SENTENCE_STOP_RE.test(between)) continue;
      // Another figure between them belongs to one of them ("by 40% (from $1.6bn to $2.3bn)" skips the base).
      if (figures.some((g) => g !== c && g !== m && !g.base && g.start >= from && g.end <= to)) continue;
      const d = to - from;
      if (d < bestDistance) {
        best = it;
        bestDistance = d;
      }
    }
    if (best) best.change = c;
    else items.push({ anchor, money: null, change: c });
  }
  items.sort((a, b) => posOf(a) - posOf(b));
  // "fell by more than a quarter, by 28 per cent": two wordings of one change; the later is exact.
  for (let i = items.length - 1; i > 0; i--) {
    const a = items[i - 1];
    const b = items[i];
    if (a.money || b.money) continue;
    if (RESTATEMENT_GAP_RE.test(text.slice(a.change!.end, b.change!.start))) items.splice(i - 1, 1);
  }
  return items;
}

function posOf(it: Item): number {
  return (it.money ?? it.change)!.start;
}

function itemEnd(it: Item): number {
  return Math.max(it.money?.end ?? 0, it.change?.end ?? 0);
}

/** Where the words naming a trade noun's sides end: at the first figure or linking verb after it. */
function phraseEnd(text: string, anchor: Anchor, figures: readonly Figure[], starts: readonly number[]): number {
  let end = subclauseEndAt(starts, anchor.end, text.length);
  for (const f of figures) if (f.start >= anchor.end) { end = Math.min(end, f.start); break; }
  const tail = text.slice(anchor.end, end);
  const link = LINK_VERB_RE.exec(tail);
  if (link) end = anchor.end + link.index;
  return end;
}

/** The words that name a trade noun's sides: its sub-clause up to the noun, and the phrase after it. */
function phraseOf(text: string, anchor: Anchor, figures: readonly Figure[], starts: readonly number[]): Span {
  let start = subclauseStartAt(starts, anchor.start);
  for (const f of figures) if (f.end <= anchor.start && f.end > start) start = f.end;
  return { start, end: phraseEnd(text, anchor, figures, starts) };
}

function uniqueParties(mentions: readonly PartyMention[]): Party[] {
  const seen = new Map<string, Party>();
  for (const m of mentions) if (!seen.has(m.party.id)) seen.set(m.party.id, m.party);
  return [...seen.values()];
}

interface Built {
  item: Item;
  span: Span;
  /** Mentions in the item's own words (a list item: "Russia (by almost 34 percent)"). */
  local: PartyMention[];
  /** Mentions in the words of its trade noun. */
  phrase: PartyMention[];
  phraseSpan: Span;
  /** Not the first item of its noun, with parties of its own. */
  listItem: boolean;
}

/** Trade facts (DESIGN.md fact format, type "trade"). */
export const recognizeTrade: Recognizer = (sentence, context): FactDraft[] => {
  if (!sentence.money.length && !sentence.percents.length && !sentence.multipliers.length) return [];
  const text = sentence.text;
  const anchors = anchorsOf(sentence);
  if (!anchors.length) return followUpFacts(sentence, context);
  const blockers = findBlockers(text);
  const starts = subclausesOf(sentence);
  const figures = collectFigures(sentence, blockers);
  const cues = cuesOf(sentence);
  const byAnchor = new Map<Anchor, Figure[]>();
  for (const f of figures) {
    if (governedByTargetCue(text, f.start, f.end, starts, cues)) continue;
    const a = bindFigure(text, f, anchors, blockers);
    if (!a) continue;
    const list = byAnchor.get(a) ?? [];
    list.push(f);
    byAnchor.set(a, list);
  }
  if (!byAnchor.size) return [];

  // Items with the party mentions of their own words and of their trade noun's phrase.
  const built: Built[] = [];
  const phraseMentions: PartyMention[] = [];
  for (const a of anchors) {
    const span = phraseOf(text, a, figures, starts);
    phraseMentions.push(...sideMentions(sentence, span.start, span.end));
  }
  for (const [anchor, figs] of byAnchor) {
    const phrase = phraseOf(text, anchor, figures, starts);
    const items = itemsOf(text, anchor, figs);
    const phraseParties = [...sideMentions(sentence, phrase.start, phrase.end), ...trailingSides(sentence, items, figures, starts)];
    phraseMentions.push(...phraseParties);
    let prevEnd = phrase.end;
    items.forEach((it, k) => {
      const pos = posOf(it);
      // The words a list item has to itself: from the previous item (or the noun's phrase) to its figure.
      const localFrom = k === 0 ? Math.min(phrase.end, pos) : prevEnd;
      const local = pos > anchor.end ? sideMentions(sentence, localFrom, pos) : [];
      const start = k === 0 ? Math.min(phrase.start, anchor.start, pos) : localFrom;
      const end = Math.max(itemEnd(it), k === 0 || pos < anchor.start ? anchor.end : 0);
      built.push({ item: it, span: { start, end }, local, phrase: phraseParties, phraseSpan: phrase, listItem: k > 0 && local.length > 0 });
      prevEnd = itemEnd(it);
    });
  }

  const parens = parenRanges(text);
  // How many list items claim each side as their own.
  const localCount = new Map<string, number>();
  for (const b of built) for (const id of new Set(b.local.map((m) => m.party.id))) localCount.set(id, (localCount.get(id) ?? 0) + 1);
  const drafts: Array<{ b: Built; draft: TradeDraft }> = [];
  for (const b of built) {
    const sides = sidesOf(sentence, context, b, phraseMentions, localCount);
    if (!sides) continue;
    drafts.push({ b, draft: draftOf(sentence, context, b, sides, { parens, figures, built }) });
  }
  // Exports first: an import figure with no roles of its own reverses the sentence's export.
  const exportFlows: string[] = [];
  for (const { b, draft } of drafts) {
    if (b.item.anchor.cls !== 'exports') continue;
    draft.flow = flowOf('exports', draft.parties ?? [], rolesOf(text, b, context), null);
    if (draft.flow) exportFlows.push(draft.flow);
  }
  for (const { b, draft } of drafts) {
    const cls = b.item.anchor.cls;
    if (cls !== 'exports') draft.flow = flowOf(cls, draft.parties ?? [], rolesOf(text, b, context), exportFlows[0] ?? null);
  }
  return drafts.map((d) => d.draft);
};

type TradeDraft = FactDraft & { type: 'trade' };

/**
 * The sides of an item: its own words' parties (a list item takes from its noun's words only a
 * side of another kind: "Russia" + the EAEU of "growth in EAEU mutual trade"), a bloc named by
 * its short name, then the sentence's other trade words and any side the sentence names, then
 * the text before. Null when nothing names a side: a company's or a market's figure.
 */
function sidesOf(
  sentence: AnnotatedSentence, context: DocumentContext, b: Built, phraseMentions: readonly PartyMention[], localCount: ReadonlyMap<string, number>,
): { parties: Party[]; fromContext: boolean } | null {
  const text = sentence.text;
  const localKinds = new Set(b.local.map((m) => m.party.kind));
  const phraseOwn = b.listItem ? b.phrase.filter((m) => !localKinds.has(m.party.kind)) : b.phrase;
  const own = uniqueParties([...b.local, ...phraseOwn]);
  let nick = own.some((p) => p.kind === 'bloc') ? null : blocNickname(sentence, context, Math.min(b.phraseSpan.start, b.span.start), b.span.end);
  // "... of the Union's countries grew. Aggregate GDP increased": the bloc of the sentence before.
  const prev = context.sentences[sentence.index - 1];
  if (!nick && !own.length && prev && prev.paragraph === sentence.paragraph && !prev.parties.length) nick = blocNickname(prev, context, 0, prev.text.length);
  if (nick) own.push(nick);
  // A city named elsewhere in the sentence is where something happened ("MINSK, 25 August
  // (BelTA) - trade with Uzbekistan grew"): it speaks for its state.
  const fillParties = [...uniqueParties(phraseMentions), ...sentenceSides(sentence, context)];
  // A side that other list items claim as their own is theirs.
  const ownLocal = new Set(b.local.map((m) => m.party.id));
  const fill = b.listItem ? [] : [...new Map(fillParties.map((p) => [p.id, p])).values()].filter((p) => (localCount.get(p.id) ?? 0) <= (ownLocal.has(p.id) ? 1 : 0));
  const want = wantedSides(text, b.item.anchor, own, [...b.local, ...phraseOwn], nick);
  const sides = completeSides(own, fill, sentence, context, want);
  return sides.parties.length ? sides : null;
}

/** Roles of the sides an item's words name, by canonical name. */
function rolesOf(text: string, b: Built, context: DocumentContext): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const m of [...b.phrase, ...b.local]) {
    const r = roleOf(text, m, b.item.anchor.start);
    const name = context.nameOf(m.party);
    if (r && !roles.has(name)) roles.set(name, r);
  }
  return roles;
}

/** The fact of one item, without its flow (which may depend on the sentence's other items). */
function draftOf(
  sentence: AnnotatedSentence, context: DocumentContext, b: Built, sides: { parties: Party[]; fromContext: boolean },
  all: { parens: ReadonlyArray<[number, number]>; figures: readonly Figure[]; built: readonly Built[] },
): TradeDraft {
  const { item } = b;
  const text = sentence.text;
  let indicator = indicatorOf(item.anchor.cls);
  if (indicator === 'turnover' && isIntraBloc(sides.parties)) indicator = 'mutual_trade';
  const fig = (item.money ?? item.change)!;
  const mine = [item.money, item.change].filter((x): x is Figure => x !== null);
  let period = periodFor(sentence, context, fig, all.parens, mine, all.figures).period;
  if (item.money?.base) {
    // "from $1.6 billion to $2.3 billion" in 2017: the first is the year before.
    const main = all.built.find((o) => o.item.anchor === item.anchor && o.item.money && !o.item.money.base && o.item.money.start > item.money!.start);
    period = previousYear(main ? periodFor(sentence, context, main.item.money!, all.parens, [main.item.money!], all.figures).period : null);
  }
  let change = item.change?.change ?? null;
  if (change === null && item.money && !item.money.base) change = followUpChange(sentence, context);
  const draft: TradeDraft = {
    type: 'trade',
    parties: partyNames(sides.parties, context),
    indicator,
    flow: null,
    period,
    value: item.money?.value ?? null,
    currency: item.money?.currency ?? null,
    change_pct: item.money?.base ? null : change,
    start: b.span.start,
    end: b.span.end,
    confidence: 0.8 - (sides.fromContext ? 0.1 : 0) - (item.money ? 0 : 0.05),
  };
  const scope = scopeAfter(text, item.anchor.end, item.anchor.cls);
  if (scope) {
    // A sector's figure: less often what readers of trade between parties look for.
    draft.scope = scope;
    draft.confidence = (draft.confidence ?? 0.7) - 0.15;
  }
  return draft;
}

/**
 * How many sides a figure has: an economy's output has one; trade inside a bloc ("mutual
 * trade of the EAEU", "trade between the CIS countries") has the bloc alone; else two.
 */
function wantedSides(text: string, anchor: Anchor, own: readonly Party[], ownMentions: readonly PartyMention[], nick: Party | null): number {
  if (anchor.cls === 'production' || anchor.cls === 'gdp' || anchor.cls === 'economy') return 1;
  if (own.length === 1 && own[0].kind === 'bloc') {
    if (anchor.cls === 'mutual') return 1;
    const m = ownMentions.find((x) => x.party.id === own[0].id);
    if (m ? isInternalBlocMention(text, m.start, m.end) : nick !== null) return 1;
  }
  return 2;
}

/** The trade of a bloc alone, or of a member with its bloc, is the bloc's mutual trade. */
function isIntraBloc(parties: readonly Party[]): boolean {
  if (parties.length === 1) return parties[0].kind === 'bloc';
  if (parties.length !== 2) return false;
  const bloc = parties.find((p) => p.kind === 'bloc');
  const other = parties.find((p) => p !== bloc);
  return !!bloc && !!other && other.kind === 'state' && isMemberOf(other, bloc);
}

/** A word of change: the subject of "The biggest growth was in Armenia (by 25 percent)". */
const CHANGE_WORD_RE = /(?<![\p{L}])(?:growth|increase|rise|gain|decline|decrease|drop|fall|рост\p{L}*|прирост\p{L}*|увеличени\p{L}*|снижени\p{L}*|сокращени\p{L}*|падени\p{L}*)(?![\p{L}])/iu;

/**
 * A list of sides with their changes after a sentence about trade, with no trade noun of its
 * own: "Mutual trade grew by 12%. The biggest growth was in Armenia (by 25 percent) and
 * Kyrgyzstan (by 19 percent)." Each change goes with the side named right before it.
 */
function listFacts(sentence: AnnotatedSentence, context: DocumentContext, prev: AnnotatedSentence, prevAnchors: readonly Anchor[]): FactDraft[] {
  if (prev.paragraph !== sentence.paragraph || !CHANGE_WORD_RE.test(sentence.text)) return [];
  const anchor = prevAnchors.find((a) => a.cls === 'turnover' || a.cls === 'mutual' || a.cls === 'exports' || a.cls === 'imports');
  if (!anchor) return [];
  const text = sentence.text;
  const changes = collectFigures(sentence, []).filter((f) => f.kind === 'change');
  const out: FactDraft[] = [];
  let from = 0;
  for (const c of changes) {
    const mentions = sideMentions(sentence, Math.max(from, c.start - 40), c.start);
    from = c.end;
    const local = mentions[mentions.length - 1];
    if (!local || governedByTargetCue(text, c.start, c.end, subclausesOf(sentence), cuesOf(sentence))) continue;
    const fill = uniqueParties(sideMentions(prev, 0, prev.text.length)).filter((p) => p.kind !== local.party.kind);
    const { parties, fromContext } = completeSides([local.party], fill, sentence, context);
    let indicator = indicatorOf(anchor.cls);
    if (indicator === 'turnover' && isIntraBloc(parties)) indicator = 'mutual_trade';
    out.push({
      type: 'trade',
      parties: partyNames(parties, context),
      indicator,
      flow: null,
      period: periodFor(sentence, context, c, parenRanges(text)).period,
      value: null,
      currency: null,
      change_pct: c.change,
      start: local.start,
      end: c.end,
      confidence: 0.6 - (fromContext ? 0.05 : 0),
    });
  }
  return out;
}

function previousYear(period: string | null): string | null {
  return period && YEAR_RE.test(period) ? String(Number(period) - 1) : null;
}

/** The change stated in the next sentence of the paragraph, when that sentence is only about it. */
function followUpChange(sentence: AnnotatedSentence, context: DocumentContext): number | null {
  const next = context.sentences[sentence.index + 1];
  if (!next || next.paragraph !== sentence.paragraph || next.money.length) return null;
  if (!FOLLOW_UP_CHANGE_RE.test(next.text)) return null;
  if (anchorsOf(next).length) return null;
  const p = next.percents.find((x) => x.change_pct !== null && x.kind !== 'share' && x.kind !== 'points');
  if (p) return p.change_pct;
  const m = next.multipliers.find((x) => x.change_pct !== null);
  return m?.change_pct ?? null;
}

/**
 * Facts of a sentence with no trade noun of its own that goes on with the previous one:
 * "in the first half of the year it was about $280 million", or an amount cut off from its
 * noun by a page break ("... and imports of" | "$17.6 million.").
 */
function followUpFacts(sentence: AnnotatedSentence, context: DocumentContext): FactDraft[] {
  const prev = context.sentences[sentence.index - 1];
  if (!prev) return [];
  const prevAnchors = anchorsOf(prev);
  if (!prevAnchors.length) return [];
  if (!sentence.money.length) return listFacts(sentence, context, prev, prevAnchors);
  const text = sentence.text;
  const last = prevAnchors[prevAnchors.length - 1];
  const money = sentence.money[0];
  const dangling = DANGLING_TAIL_RE.test(prev.text.slice(last.end)) && text.slice(0, money.start).trim() === '';
  let anchor: Anchor | null = dangling ? last : null;
  if (!anchor && prev.paragraph === sentence.paragraph && PRONOUN_LINK_RE.test(text.slice(Math.max(0, money.start - 60), money.start))) {
    anchor = prevAnchors.find((a) => a.cls === 'turnover' || a.cls === 'mutual') ?? null;
  }
  if (!anchor) return [];
  if (governedByTargetCue(text, money.start, money.end, subclausesOf(sentence), cuesOf(sentence))) return [];
  // The sides are the previous sentence's; this one names the source at most ("according to ...").
  const fill = uniqueParties(sideMentions(prev, 0, prev.text.length));
  const own = dangling ? uniqueParties(sideMentions(sentence, 0, text.length)) : [];
  const { parties, fromContext } = completeSides(own, fill, sentence, context);
  const names = partyNames(parties, context);
  let indicator = indicatorOf(anchor.cls);
  if (indicator === 'turnover' && isIntraBloc(parties)) indicator = 'mutual_trade';
  const parens = parenRanges(text);
  let { period, unresolved } = periodFor(sentence, context, money, parens);
  if (!period && !unresolved) {
    const t = prev.times.filter((e) => !e.base && e.value && (e.kind === 'period' || e.kind === 'date'));
    period = t.length ? t[t.length - 1].value : carriedPeriod(sentence, context);
  }
  return [{
    type: 'trade',
    parties: names,
    indicator,
    flow: flowOf(anchor.cls, names, new Map(), null),
    period,
    value: money.value,
    currency: money.currency,
    change_pct: null,
    start: dangling ? money.start : Math.max(0, money.start - 60),
    end: money.end,
    confidence: 0.55 - (fromContext ? 0.05 : 0),
  }];
}
