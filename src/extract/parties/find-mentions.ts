/**
 * Party mentions in running text (English or Russian): names and aliases, inflected
 * ("Гомельской области", "с Узбекистаном"), state adjectives where they name a side
 * ("Belarusian enterprises", "белорусско-казахстанский"), pairs ("Belarus-Kazakhstan",
 * "Minsk and Astana"). Offsets are exact JS string indices into the input.
 *
 * One left-to-right pass over tokens walks the resolver's precompiled trie from each token
 * and takes the longest match; no per-name regex ever runs over the text.
 */
import type { Party, PartyKind } from '../../domain/party.ts';
import { entryScore, kindPrior, MARKER_KEYS, toWalkToken, walk, type IndexEntry, type TrieNode, type WalkHit, type WalkOptions, type WalkToken } from '../../gazetteer/name-index.ts';
import { canonicalWord, foldText, head3, isCyrillic, isLatin, KIND_CLASSES, kindClassOf, kindCompat, looksLikeRussianAdjective, NOISE_WORDS, tokenize, type Token } from '../../gazetteer/normalize-name.ts';
import type { Morphology } from '../../gazetteer/morphology.ts';
import type { Resolver } from '../../gazetteer/resolver.ts';
import { capitalOf } from './capitals.ts';

export interface PartyMention {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  party: Party;
  score: number;
  via: 'name' | 'alias' | 'adjective' | 'pair';
}

export interface FindMentionsOptions {
  /** Drop mentions scored below this (default 0.5). */
  minScore?: number;
  /**
   * State adjectives: 'relation' (default) keeps them in compounds ("Belarusian-Uzbek") and
   * before a word for a side or actor ("Belarusian enterprises", "российских регионов");
   * 'all' keeps every one (scored lower); 'none' drops them.
   */
  adjectives?: 'relation' | 'all' | 'none';
  /** "Minsk and Astana" -> Belarus and Kazakhstan (default true). */
  capitalsAsStates?: boolean;
  kinds?: PartyKind[];
}

/** A mention with the token range it covers. */
interface Found extends PartyMention {
  first: number;
  last: number;
  /** Token index of a trailing kind word ("Gomel *region*"), or -1. */
  kindTok: number;
}

const ABBREVIATIONS = new Set(['st', 'mt', 'ste', 'г', 'гор', 'обл', 'респ', 'р-н', 'resp', 'obl', 'p']);
const CONJUNCTIONS = new Set(['and', 'or', '&', 'и', 'или', 'а также']);
const SCORE_COMPOUND = 0.9;
const SCORE_RELATION = 0.8;
const SCORE_ANY_ADJECTIVE = 0.6;
/**
 * Whether a region's namesake city is a unit of its own, per region: it depends on the
 * gazetteer the region came from alone, and the mention finder asks it at every adjective.
 */
const namesakeUnits = new WeakMap<Party, boolean>();

/** Parties named between a state adjective and the word for them: "the Belarusian Amkodor company". */
const COMPANY_KINDS: ReadonlySet<PartyKind> = new Set(['enterprise', 'institution']);
/** Parties a Russian relational adjective can name ("самаркандские" -> Samarkand Region). */
const PLACE_ADJECTIVE_KINDS: ReadonlySet<PartyKind> = new Set(['region', 'district']);

// Capitalized at a sentence start these are usually ordinary words, not the places.
const EN_SENTENCE_START_COMMON = new Set([
  'oral', 'mary', 'kant', 'nice', 'split', 'reading', 'bath', 'mobile', 'orange', 'most', 'van', 'bar', 'sale',
  'of', 'gori', 'luga', 'chita', 'perm', 'talas',
]);
// Never a party on its own, even capitalized mid-sentence (months, titles).
const EN_NEVER_ALONE = new Set(['may', 'march', 'august', 'nice']);
// Given names that are also towns: before a capitalised word they start a person's name
// ("Vladimir Putin", "Владимира Владимирова"), not a place.
const GIVEN_NAME_PLACES = /^(?:vladimir|владимир(?:а|у|ом|е)?|alexandrov|александров)$/;
// Used when no morphology is loaded: Russian words that are also place names.
const RU_COMMON = new Set([
  'мир', 'орел', 'бор', 'находка', 'горки', 'луга', 'ровно', 'сумы', 'мирный', 'южный', 'северный', 'советский',
  'октябрьский', 'первомайский', 'заречный', 'лесной', 'дружба', 'свобода', 'победа', 'кант', 'мары', 'тула',
]);

/** Words for a side, an actor or a market after a state adjective (stems, folded). */
const RELATION_STEMS_EN = [
  'enterprise', 'compan', 'firm', 'producer', 'manufactur', 'exporter', 'importer', 'export', 'import', 'side',
  'partner', 'delegat', 'business', 'government', 'ministr', 'minister', 'authorit', 'region', 'investor',
  'universit', 'counterpart', 'market', 'goods', 'product', 'econom', 'official', 'colleague', 'leader',
  'president', 'premier', 'agenc', 'bank', 'plant', 'factor', 'farm', 'organi', 'scientist', 'specialist',
  'entrepreneur', 'industr', 'holding', 'trade', 'carrier', 'supplier', 'customer', 'buyer', 'consumer', 'capital',
  'investment', 'embassy', 'parliament', 'cities', 'city', 'oblast', 'provinc', 'institut', 'academ', 'school',
  'counterpart', 'ambassador', 'consul', 'state', 'territor', 'contractor', 'manufacturer', 'brand', 'car', 'truck',
  'tractor', 'machine', 'equipment', 'food', 'milk', 'dairy', 'meat', 'grain', 'fertili', 'oil', 'gas', 'steel',
];
const RELATION_STEMS_RU = [
  'предприят', 'компан', 'фирм', 'производител', 'экспортер', 'импортер', 'экспорт', 'импорт', 'сторон', 'партнер',
  'делегац', 'бизнес', 'правительств', 'министерств', 'министр', 'власт', 'регион', 'област', 'инвестор', 'вуз',
  'университет', 'рын', 'товар', 'продукц', 'продукт', 'экономик', 'чиновник', 'коллег', 'руководств', 'президент',
  'премьер', 'ведомств', 'банк', 'завод', 'фабрик', 'хозяйств', 'организац', 'учен', 'специалист', 'предпринимател',
  'промышлен', 'холдинг', 'поставщик', 'перевозчик', 'покупател', 'потребител', 'город', 'субъект', 'посольств',
  'парламент', 'инвестиц', 'капитал', 'институт', 'академи', 'школ', 'посол', 'консул', 'территор', 'подрядчик',
  'марк', 'автомобил', 'грузовик', 'трактор', 'техник', 'машин', 'оборудован', 'продовольств', 'молок', 'молочн',
  'мяс', 'зерн', 'удобрен', 'нефт', 'газ', 'стал', 'сотрудничеств', 'отношен', 'связ', 'торгов', 'агропром',
  'машиностро', 'аграри', 'перевозк', 'груз',
];
const RELATION_EN_RE = new RegExp(`^(?:${RELATION_STEMS_EN.join('|')})`);
const RELATION_RU_RE = new RegExp(`^(?:${RELATION_STEMS_RU.join('|')})`);
const EN_ADJECTIVE_RE = /(?:al|ic|ian|ed|ing|ive|ous|ary|ern|ese|ish|ful|ble|ile|ant|ent|ar|wide|scale|owned|based)$/;

function isRelationNoun(norm: string): boolean {
  return isCyrillic(norm) ? RELATION_RU_RE.test(norm) : RELATION_EN_RE.test(norm);
}

function isCapitalized(raw: string): boolean {
  // Latin and Russian letters and digits by their codes (nearly every word); others by class.
  const c = raw.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x410 && c <= 0x42f) || c === 0x401) return true;
  if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451) return false;
  return /\p{Lu}|\p{N}/u.test(raw[0]);
}

function isAllUpper(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Is `before` (text between two tokens) a single hyphen: what /^[-‐‑]$/ tests, by char code. */
function isHyphen(before: string): boolean {
  if (before.length !== 1) return false;
  const c = before.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** May token i continue a name that token i-1 is part of? */
function joins(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i].before;
  if (before === ' ') return true; // the usual case, decided without a pattern
  if (/^[ \t\u00a0]+$/.test(before) || /^[ \t]*\r?\n[ \t]*$/.test(before)) return true;
  if (isHyphen(before)) return true;
  if (/^\.[ \t\u00a0]*$/.test(before) && ABBREVIATIONS.has(tokens[i - 1].norm)) return true;
  return false;
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const before = tokens[i].before;
  if (/\n/.test(before)) return true;
  if (/[.!?…]["'»”)\]]*\s+["'«“(\[]*$/.test(before)) {
    return !(before.startsWith('.') && ABBREVIATIONS.has(tokens[i - 1].norm));
  }
  return /^["'«“(\[]+$/.test(before) && i === 0;
}

/** Starts with a lower-case Latin or Russian letter: neither capitalized nor all capitals. */
function startsLowerCase(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || c === 0x451;
}

/** Can a walk from this token take its first step (the test walk() makes first)? */
function startsName(root: TrieNode, heads: ReadonlySet<number>, tok: WalkToken): boolean {
  if (tok.kind !== null) {
    for (let k = 0; k < KIND_CLASSES.length; k++) {
      if (kindCompat(tok.kind, KIND_CLASSES[k]) > 0 && root.next.has(MARKER_KEYS[k])) return true;
    }
    return false;
  }
  for (const f of tok.forms) if ((f.length < 3 || heads.has(head3(f))) && root.next.has(f)) return true;
  return tok.weakForm !== null && root.next.has(tok.weakForm);
}

/** Is `sep` (text between two mentions) a dash joining a pair: "Belarus-Kazakhstan", "Russia – Belarus"? */
function isDashJoin(sep: string): boolean {
  return /^\s?[-‐‑–—]\s?$/.test(sep);
}

/** Is `sep` a list joint: "Minsk and Astana", "Minsk, Moscow"? */
function isListJoin(sep: string): boolean {
  return /^\s*(?:,|,?\s*(?:and|&|и|or|или))\s+$/i.test(sep) || /^,\s*$/.test(sep);
}

/**
 * Find party mentions in a sentence or paragraph, ordered by position.
 * `resolver` carries the compiled names, demonyms and (optionally) morphology.
 */
export function findPartyMentions(text: string, resolver: Resolver, opts: FindMentionsOptions = {}): PartyMention[] {
  return new MentionScan(text, resolver, opts.minScore ?? 0.5).run(opts);
}

interface AdjectiveCandidate {
  first: number;
  last: number;
  partyId: string;
  compoundOnly: boolean;
}

/**
 * One text's tokens and what the finder learns of them. A class, not closures inside
 * findPartyMentions: its steps are made once, not again for every sentence, and the
 * optimizing compiler sees one shape.
 */
class MentionScan {
  readonly n: number;
  readonly tokens: Token[];
  /** Folded words, by token. */
  readonly norms: string[] = [];
  /**
   * Walk tokens (forms, kind, noise flag) are built when first needed: most words are only
   * asked whether they are a kind word, which needs none of it.
   */
  readonly wt: WalkToken[];
  readonly morph: Morphology | null;
  readonly root: TrieNode;
  readonly rootHeads: ReadonlySet<number>;
  /** How the finder walks names from a token: kind words as markers, noise stepped over. */
  readonly nameWalk: WalkOptions;
  /** Names found so far, in token order. */
  readonly names: Found[] = [];

  constructor(
    readonly text: string,
    readonly resolver: Resolver,
    readonly minScore: number,
  ) {
    this.tokens = tokenize(text);
    this.n = this.tokens.length;
    this.wt = new Array(this.n);
    // Built by push, not map: map's result has one elements kind when run optimized and
    // another when not, and each change of kind makes the compiled code that reads it start over.
    for (const t of this.tokens) this.norms.push(t.norm);
    this.morph = resolver.morphology;
    this.root = resolver.index.root;
    this.rootHeads = resolver.index.rootHeads;
    const scan = this;
    this.nameWalk = {
      markers: true,
      skipNoise: true,
      joins(i) {
        return joins(scan.tokens, i);
      },
      /** Builds a token when a walk reaches it: most walks stop after a word or two. */
      prepare(j) {
        scan.walkToken(j);
      },
    };
  }

  walkToken(j: number): WalkToken {
    return (this.wt[j] ??= toWalkToken(this.tokens[j]));
  }

  run(opts: FindMentionsOptions): PartyMention[] {
    const { n, tokens, norms, names, resolver, minScore, text } = this;
    const adjectives = opts.adjectives ?? 'relation';
    const adjectivesFound: AdjectiveCandidate[] = [];
    for (let i = 0; i < n; ) {
      const found = this.nameAt(i);
      if (found) {
        names.push(found);
        i = found.last + 1;
        continue;
      }
      const cyrillic = adjectives !== 'none' && isCyrillic(norms[i]);
      if (adjectives !== 'none' && (cyrillic || isCapitalized(tokens[i].raw))) {
        const d = resolver.demonymIndex.at(norms, i);
        if (d) {
          adjectivesFound.push({ first: i, last: i + d.length - 1, partyId: d.partyId, compoundOnly: d.compoundOnly });
          i += d.length;
          continue;
        }
        const place = cyrillic ? this.placeAdjectiveAt(i) : null;
        if (place) {
          adjectivesFound.push({ first: i, last: place.last, partyId: place.party.id, compoundOnly: false });
          i = place.last + 1;
          continue;
        }
      }
      i++;
    }

    this.coordinate(names);
    // "Гродненская, Витебская и Могилевская области": names the kind word at the end made of
    // what read as adjectives before it.
    const adjectivesKept = adjectivesFound.filter((c) => !names.some((f) => f.first <= c.last && c.first <= f.last));

    // Chains joined by dashes: "Belarus-Kazakhstan", "белорусско-казахстанский", "Sino-Russian".
    // One object shape for both kinds of item, built in a loop: a union of two shapes made the
    // optimizing compiler drop and rebuild this large function several times while warming up.
    interface Item { first: number; last: number; found: Found | null; cand: AdjectiveCandidate | null }
    const items: Item[] = [];
    for (let k = 0; k < names.length; k++) {
      const found = names[k]!;
      items.push({ first: found.first, last: found.last, found, cand: null });
    }
    for (let k = 0; k < adjectivesKept.length; k++) {
      const cand = adjectivesKept[k]!;
      items.push({ first: cand.first, last: cand.last, found: null, cand });
    }
    items.sort((a, b) => a.first - b.first);
    const inChain = new Set<Item>();
    for (let k = 1; k < items.length; k++) {
      const a = items[k - 1];
      const b = items[k];
      if (b.first === a.last + 1 && isDashJoin(tokens[b.first].before)) {
        inChain.add(a);
        inChain.add(b);
      }
    }

    const out: PartyMention[] = [];
    for (const it of items) {
      const f = it.found;
      if (f) {
        const pair = inChain.has(it);
        out.push({ start: f.start, end: f.end, text: f.text, party: f.party, score: f.score, via: pair ? 'pair' : f.via });
        continue;
      }
      const c = it.cand!;
      const party = resolver.byId.get(c.partyId);
      if (!party) continue;
      let score = 0;
      if (inChain.has(it)) score = SCORE_COMPOUND;
      else if (c.compoundOnly) continue;
      else if (this.relationFollows(c.last + 1)) score = SCORE_RELATION;
      else if (adjectives === 'all') score = SCORE_ANY_ADJECTIVE;
      if (score < minScore || score === 0) continue;
      const start = tokens[c.first].start;
      const end = tokens[c.last].end;
      out.push({ start, end, text: text.slice(start, end), party, score, via: 'adjective' });
    }

    let result = mergeBracketed(out.sort((a, b) => a.start - b.start), text);
    if (opts.capitalsAsStates !== false) result = capitalsAsStates(result, text, resolver.byId);
    const kinds = opts.kinds ? new Set(opts.kinds) : null;
    return result.filter((m) => m.score >= minScore && (!kinds || kinds.has(m.party.kind))).sort((a, b) => a.start - b.start);
  }

  isCommonAlone(i: number, party: Party): boolean {
    const { tokens, n, morph } = this;
    const norm = this.walkToken(i).norm;
    if (party.kind === 'state' || party.kind === 'bloc') return false;
    if (GIVEN_NAME_PLACES.test(norm) && i + 1 < n && isCapitalized(tokens[i + 1].raw) && !this.walkToken(i + 1).kind) return true;
    // ...and the surname after such a name ("Владимир Владимиров") is not the town either.
    if (i > 0 && GIVEN_NAME_PLACES.test(this.walkToken(i - 1).norm) && isCapitalized(tokens[i - 1].raw)) return true;
    if (isLatin(norm)) {
      if (EN_NEVER_ALONE.has(norm)) return true;
      return isSentenceStart(tokens, i) && EN_SENTENCE_START_COMMON.has(norm);
    }
    if (!isSentenceStart(tokens, i)) return false;
    return morph ? morph.isCommonWord(tokens[i].raw) : RU_COMMON.has(norm);
  }

  /** The best acceptable entry among walk hits, longest hit first. */
  choose(hits: WalkHit[], start: number): Found | null {
    const { tokens, wt } = this;
    for (let h = hits.length - 1; h >= 0; h--) {
      const hit = hits[h];
      const span: number[] = [];
      for (let j = start; j < hit.end; j++) if (!this.walkToken(j).noise) span.push(j);
      const core = span.filter((j) => !wt[j].kind);
      if (core.length === 0) continue;
      const spanKindTok = span.find((j) => wt[j].kind) ?? -1;
      const spanKind = spanKindTok >= 0 ? wt[spanKindTok].kind : null;
      let best: { entry: IndexEntry; score: number } | null = null;
      for (const entry of hit.node.entries) {
        if (entry.mode === 'core' && entry.adjectiveCore) continue;
        if (entry.upper ? !core.every((j) => isAllUpper(tokens[j].raw)) : !isCapitalized(tokens[core[0]].raw)) continue;
        if (!entry.upper && span.length === 1 && this.isCommonAlone(span[0], entry.party)) continue;
        const score = entryScore(entry, hit.consumed, hit.factor, spanKind);
        if (!best || score > best.score || (score === best.score && kindPrior(entry.party.kind) > kindPrior(best.entry.party.kind))) {
          best = { entry, score };
        }
      }
      if (!best || best.score < this.minScore) continue;
      const lastTok = hit.end - 1;
      return {
        start: tokens[start].start,
        end: tokens[lastTok].end,
        text: this.text.slice(tokens[start].start, tokens[lastTok].end),
        party: best.entry.party,
        score: round(best.score),
        via: best.entry.via,
        first: start,
        last: lastTok,
        kindTok: this.walkToken(lastTok).kind ? lastTok : -1,
      };
    }
    return null;
  }

  nameAt(i: number): Found | null {
    const { tokens, norms, root, rootHeads, wt } = this;
    // What toWalkToken would say of the word's kind and noise, without building the token.
    const canon = canonicalWord(norms[i]);
    const kind = kindClassOf(canon);
    // A name's first word (unless a kind word) is capitalized or all capitals, which a word
    // starting with a lower-case letter is not: choose() would turn every entry down. Noise
    // words start none.
    if ((kind === null && startsLowerCase(tokens[i].raw)) || NOISE_WORDS.has(canon)) return null;
    // Most words start no name: when the trie has no first step for them, the walk finds nothing.
    // A kind word steps as its marker; any other word needs a first step its forms begin.
    let found: Found | null = null;
    if ((kind !== null || this.resolver.index.mayStartName(canon)) && startsName(root, rootHeads, this.walkToken(i))) {
      found = this.choose(walk(root, wt, i, this.nameWalk), i);
    }
    const morph = this.morph;
    // A kind word walks as its class marker, where lemmas play no part.
    if (found || !morph || kind !== null || !isCyrillic(norms[i]) || !isCapitalized(tokens[i].raw)) return found;
    // Irregular inflection ("Орле" -> "Орёл"): retry with dictionary lemmas of this word.
    const lemmas: string[] = [];
    for (const l of morph.lemmas(norms[i])) lemmas.push(foldText(l));
    // Only a lemma the trie can step to makes the second walk differ from the first.
    if (!lemmas.some((l) => root.next.has(l))) return null;
    const { joins, prepare } = this.nameWalk;
    return this.choose(walk(root, wt, i, { markers: true, skipNoise: true, joins, prepare, extraForms: (j) => (j === i ? lemmas : undefined) }), i);
  }

  /**
   * A Russian relational adjective of a region ("с самаркандскими партнерами", "могилевские
   * предприятия"): the adjective the region's own name is made of, without its kind word.
   * Like a state adjective, it names a side only before a word for one (see relationFollows).
   */
  placeAdjectiveAt(i: number): { last: number; party: Party } | null {
    const { tokens, norms, n, root, rootHeads } = this;
    const norm = norms[i];
    // The region's adjective is its name's first word, or the last of a hyphenated pair
    // ("Северо-Казахстанской"): a word with neither shape starts none.
    const hyphenated = i + 1 < n && isHyphen(tokens[i + 1].before);
    if (!hyphenated && !looksLikeRussianAdjective(norm)) return null;
    // A word no first step begins as starts no reading (the test nameAt makes first).
    if (!this.resolver.index.mayStartName(canonicalWord(norm))) return null;
    const tok = this.walkToken(i);
    if (tok.noise || tok.kind !== null || !startsName(root, rootHeads, tok)) return null;
    // The longest reading wins; among readings of one length (several stems of a word reach
    // several nodes), the best scored: a region before a district of the same name.
    let best: { end: number; entry: IndexEntry; score: number } | null = null;
    const { joins, prepare } = this.nameWalk;
    for (const hit of walk(root, this.wt, i, { markers: true, skipNoise: false, joins, maxTokens: 3, prepare })) {
      if (!looksLikeRussianAdjective(norms[hit.end - 1])) continue;
      for (const entry of hit.node.entries) {
        if (entry.mode !== 'core' || !entry.adjectiveCore || !PLACE_ADJECTIVE_KINDS.has(entry.party.kind)) continue;
        const score = entryScore(entry, hit.consumed, hit.factor, null);
        if (!best || hit.end > best.end || (hit.end === best.end && score > best.score)) best = { end: hit.end, entry, score };
      }
    }
    if (!best || this.hasNamesakeUnit(best.entry.party)) return null;
    return { last: best.end - 1, party: best.entry.party };
  }

  /**
   * "минские", "ташкентские": the region's namesake city is a unit of its own (Minsk, Tashkent),
   * and the adjective names the city at least as often. Such an adjective is left unread.
   */
  hasNamesakeUnit(region: Party): boolean {
    let known = namesakeUnits.get(region);
    if (known === undefined) {
      const core = tokenize(region.name).filter((t) => kindClassOf(t.norm) === null).map((t) => t.raw).join(' ');
      known = core !== '' && this.resolver.resolve(core, { kinds: ['city'], limit: 5 }).some((m) => m.party.name === core && m.party.parentId !== region.id);
      namesakeUnits.set(region, known);
    }
    return known;
  }

  /** After a state adjective: a word for a side or actor, past other adjectives and "and". */
  relationFollows(j: number): boolean {
    const { tokens, norms, n, names, resolver } = this;
    for (let steps = 0; j < n && steps < 5; steps++) {
      const before = tokens[j].before;
      if (!/^(?:[ \t\u00a0]+|[-‐‑]|,\s*)$/.test(before)) return false;
      const norm = norms[j];
      if (isRelationNoun(norm)) return true;
      // "the Belarusian Amkodor company": a company's own name stands between.
      const at = j;
      const company = names.find((f) => f.first === at && COMPANY_KINDS.has(f.party.kind));
      if (company) {
        j = company.last + 1;
        continue;
      }
      const d = resolver.demonymIndex.at(norms, j);
      if (d) {
        j += d.length;
        continue;
      }
      const nextIsHyphen = j + 1 < n && isHyphen(tokens[j + 1].before);
      const adjectival = isCyrillic(norm)
        ? looksLikeRussianAdjective(norm) || /(ой|ый|ий|ая|ое|ые|ых|их|ого|ему|ому|ую)$/.test(norm) || nextIsHyphen
        : !isCapitalized(tokens[j].raw) && (EN_ADJECTIVE_RE.test(norm) || nextIsHyphen);
      if (CONJUNCTIONS.has(norm) || adjectival) {
        j++;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * "Minsk and Gomel regions", "Минской и Гомельской областей": the kind word at the end of
   * the last name also makes the names listed before it regions.
   */
  coordinate(list: Found[]): void {
    const { tokens, norms, root, minScore } = this;
    for (const m of [...list]) {
      if (m.kindTok < 0) continue;
      let next = m.first;
      for (let guard = 0; guard < 8; guard++) {
        let c: number;
        const k = next - 1;
        if (k >= 1 && CONJUNCTIONS.has(norms[k]) && /^[ \t\u00a0]+$/.test(tokens[next].before)) {
          c = k - 1;
          if (!/^,?[ \t\u00a0]+$/.test(tokens[k].before)) break;
        } else if (k >= 0 && /^,[ \t\u00a0]*$/.test(tokens[next].before)) {
          c = k;
        } else break;
        if (c < 0 || this.walkToken(c).noise || this.walkToken(c).kind) break;
        const at = c;
        const existing = list.find((f) => f.first <= at && at <= f.last);
        if (existing && existing.first !== existing.last) break;
        const pairToks = [this.walkToken(c), this.walkToken(m.kindTok)];
        const hits = walk(root, pairToks, 0, { markers: true, skipNoise: false });
        let best: { entry: IndexEntry; score: number } | null = null;
        for (const hit of hits) {
          if (hit.end !== 2) continue;
          for (const entry of hit.node.entries) {
            if (!isCapitalized(tokens[c].raw) && !isCyrillic(norms[c])) continue;
            const score = entryScore(entry, hit.consumed, hit.factor, this.walkToken(m.kindTok).kind) * 0.95;
            if (!best || score > best.score) best = { entry, score };
          }
        }
        if (!best || best.score < minScore) break;
        const replacement: Found = {
          start: tokens[c].start,
          end: tokens[c].end,
          text: tokens[c].raw,
          party: best.entry.party,
          score: round(best.score),
          via: best.entry.via,
          first: c,
          last: c,
          kindTok: -1,
        };
        if (existing) list.splice(list.indexOf(existing), 1, replacement);
        else list.push(replacement);
        next = c;
      }
    }
    list.sort((a, b) => a.first - b.first);
  }
}

/** "Sakha (Yakutia)": a name followed by its bracketed variant is one mention. */
function mergeBracketed(sorted: PartyMention[], text: string): PartyMention[] {
  const out: PartyMention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.party === m.party && /^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && /^\s*\)/.test(text.slice(m.end))) {
      const end = m.end + (text.slice(m.end).match(/^\s*\)/) as RegExpMatchArray)[0].length;
      out[out.length - 1] = { ...prev, end, text: text.slice(prev.start, end), score: Math.max(prev.score, m.score) };
    } else out.push(m);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Capitals listed together stand for their states: "Minsk and Astana", "between Moscow and
 * Minsk", "Minsk, Moscow and Tashkent". A lone capital stays the city.
 */
export function capitalsAsStates(mentions: readonly PartyMention[], text: string, byId: ReadonlyMap<string, Party>): PartyMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out = [...sorted];
  let runStart = 0;
  for (let k = 1; k <= sorted.length; k++) {
    const joined =
      k < sorted.length &&
      isListJoin(text.slice(sorted[k - 1].end, sorted[k].start)) &&
      capitalOf(sorted[k - 1].party, byId) !== null &&
      capitalOf(sorted[k].party, byId) !== null;
    if (joined) continue;
    if (k - runStart >= 2) {
      const states = sorted.slice(runStart, k).map((m) => capitalOf(m.party, byId));
      if (new Set(states.map((s) => s?.id)).size === k - runStart) {
        for (let j = runStart; j < k; j++) {
          out[j] = { ...sorted[j], party: states[j - runStart] as Party, via: 'pair', score: round(sorted[j].score * 0.95) };
        }
      }
    }
    runStart = k;
  }
  return out;
}
