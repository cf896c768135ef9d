/**
 * The sides of a trade figure and the direction of its goods: "Belarus-Kazakhstan trade",
 * "trade between Tajikistan and Belarus", "Tajikistan's imports from Belarus" (Belarus->
 * Tajikistan), "mutual trade of the EAEU countries" (the bloc alone), "Kazakhstan (by 38
 * percent)" in a list about EAEU trade (Kazakhstan and the EAEU).
 */
import type { Party } from '../../domain/party.ts';
import type { PartyMention } from '../parties/index.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import { contextParties } from './parties-in-context.ts';
import type { AnchorClass } from './trade-lexicon.ts';

/** Members of the blocs trade figures are reported for (ISO 3166-1 alpha-2 ids). */
const BLOC_MEMBERS: Record<string, readonly string[]> = {
  'bloc:cis': ['AM', 'AZ', 'BY', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ', 'TM'],
  'bloc:eaeu': ['AM', 'BY', 'KZ', 'KG', 'RU'],
  'bloc:eurasec': ['BY', 'KZ', 'KG', 'RU', 'TJ', 'UZ'],
  'bloc:union-state': ['BY', 'RU'],
};

const SIDE_KINDS = new Set(['state', 'bloc', 'region', 'city']);

export function isMemberOf(state: Party, bloc: Party): boolean {
  return BLOC_MEMBERS[bloc.id]?.includes(state.id) ?? false;
}

/**
 * Party mentions that can be a side of trade, inside [from, to). Not a side: a dateline
 * ("MINSK, 24 May"), a name in brackets the range is not inside ("(Minsk Wire)"), a state
 * written as the address of its own region ("Gomel Region of Belarus", "Belarus' Minsk Oblast").
 */
export function sideMentions(sentence: AnnotatedSentence, from: number, to: number): PartyMention[] {
  const text = sentence.text;
  const inRange = sentence.parties.filter((m) => m.start >= from && m.end <= to && SIDE_KINDS.has(m.party.kind) && !isDateline(text, m));
  if (!inRange.length) return inRange;
  const parens = bracketsOf(text);
  return inRange.filter((m, i) => {
    const p = parens.find((b) => m.start > b[0] && m.end <= b[1]);
    if (p && !(from >= p[0] && to <= p[1])) return false;
    // "the commission met in Minsk": the place of the talks, not a side (its state may be, see sentenceSides).
    if (m.party.kind === 'city' && PLACE_EN_BEFORE_RE.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
    return !(m.party.kind === 'state' && isAddressOf(text, m, inRange[i - 1], inRange[i + 1]));
  });
}

/** Bracketed stretches of a text, [open, close] offsets. */
function bracketsOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = text.indexOf('('); i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open = i;
    else if (c === 41 && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

const PLACE_EN_BEFORE_RE = /(?<![\p{L}])(?:in|at)\s+$/iu;

const ADDRESS_GAP_RE = /^\s*(?:,|\(|of|of\s+the|in|\)|['’]s?)?\s*$/iu;

/** Is a state mention the address of a region or city of its own written right next to it? */
function isAddressOf(text: string, state: PartyMention, before: PartyMention | undefined, after: PartyMention | undefined): boolean {
  for (const other of [before, after]) {
    if (!other || other.party.parentId !== state.party.id) continue;
    const gap = other.start >= state.end ? text.slice(state.end, other.start) : text.slice(other.end, state.start);
    if (gap.length <= 8 && ADDRESS_GAP_RE.test(gap)) return true;
  }
  return false;
}

const DATELINE_AFTER_RE = /^\s*[,(—–-]/u;
const TWO_CAPITALS_RE = /\p{Lu}{2}/u;

/** "MINSK, 24 May (BelTA) –": the city a story was filed from, in capitals at the start. */
export function isDateline(text: string, m: PartyMention): boolean {
  if (m.start > 3 || text.slice(0, m.start).trim() !== '') return false;
  const name = text.slice(m.start, m.end);
  return name === name.toUpperCase() && TWO_CAPITALS_RE.test(name) && DATELINE_AFTER_RE.test(text.slice(m.end, m.end + 3));
}

/** "In Minsk, ...", "MINSK, 25 August": a city as the place where something was said or done. */
const PLACE_BEFORE_RE = /(?:^\s*|(?<![\p{L}])(?:in|at|в|во)\s+)$/iu;

/**
 * Every side a sentence names, for filling in what a figure's own words leave open: a city
 * that is the place of the story or the talks speaks for its state.
 */
export function sentenceSides(sentence: AnnotatedSentence, context: DocumentContext): Party[] {
  const out = new Map<string, Party>();
  for (const m of sentence.parties) {
    if (!SIDE_KINDS.has(m.party.kind)) continue;
    const place = m.party.kind === 'city' && PLACE_BEFORE_RE.test(sentence.text.slice(Math.max(0, m.start - 6), m.start));
    const p = place ? context.homeState(m.party) : m.party;
    if (p && !out.has(p.id)) out.set(p.id, p);
  }
  return [...out.values()];
}

/** Where a mention stands towards the goods. */
export type Role = 'origin' | 'dest' | 'subject' | null;

const DEST_BEFORE_RE = /(?<![\p{L}])(?:to|into|towards|на|в|во)\s+(?:the\s+)?$/iu;
const ORIGIN_BEFORE_RE = /(?<![\p{L}])(?:from|из|от)\s+(?:the\s+)?$/iu;
const OF_BEFORE_RE = /(?<![\p{L}])(?:of|for)\s+(?:the\s+)?$/iu;
const POSSESSIVE_AFTER_RE = /^(?:['’]s?(?![\p{L}])|\s+(?:posted|recorded|secured|had|has|exported|imported|supplied|sold|bought|traded))/iu;

/** One lower-case word between a noun and its genitive: "экспорт товаров Беларуси". */
const LOWER_WORD_GAP_RE = /^[\p{Ll}-]+\s+$/u;

/** How a mention relates to the goods, read from the words right around it. */
/** Goods words after a place adjective: "Russian goods", "белорусской продукции" come from that place. */
const GOODS_AFTER_RE = /^\s+(?:[\p{L}-]+\s+)?(?:goods|products|produce|commodities|machinery|equipment|food|товар\p{L}*|продук\p{L}*|техник\p{L}*|издели\p{L}*)(?![\p{L}])/iu;

export function roleOf(text: string, m: PartyMention, anchorStart: number): Role {
  if (m.via === 'adjective' && GOODS_AFTER_RE.test(text.slice(m.end, m.end + 40))) return 'origin';
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  if (DEST_BEFORE_RE.test(before)) return 'dest';
  if (ORIGIN_BEFORE_RE.test(before)) return 'origin';
  if (OF_BEFORE_RE.test(before)) return 'subject';
  if (POSSESSIVE_AFTER_RE.test(text.slice(m.end, m.end + 16))) return 'subject';
  // "Belarusian exports", "Belarus posted a surplus": a side named before the anchor with no
  // preposition is its subject.
  if (m.end <= anchorStart && anchorStart - m.end <= 24) return 'subject';
  // Russian genitive after the noun: "экспорт Беларуси", "импорт Казахстана".
  if (m.start >= anchorStart && m.start - anchorStart <= 30 && LOWER_WORD_GAP_RE.test(text.slice(anchorStart, m.start))) return 'subject';
  return null;
}

/**
 * The direction of goods for an exports/imports/surplus figure, "A->B", from the roles of the
 * sides; an import figure with no roles of its own reverses the export of the same sentence.
 */
export function flowOf(cls: AnchorClass, sides: readonly string[], roles: ReadonlyMap<string, Role>, siblingExportFlow: string | null): string | null {
  if (sides.length !== 2) return null;
  if (cls === 'balance') return null;
  const [a, b] = sides;
  const origin = sideWithRole(sides, roles, 'origin');
  const dest = sideWithRole(sides, roles, 'dest');
  const subject = sideWithRole(sides, roles, 'subject');
  switch (cls) {
    case 'exports': {
      const from = origin ?? subject ?? (dest ? otherSide(sides, dest) : null);
      if (from) return `${from}->${otherSide(sides, from)}`;
      return `${a}->${b}`;
    }
    case 'imports': {
      const importer = dest ?? subject ?? (origin ? otherSide(sides, origin) : null);
      if (importer) return `${otherSide(sides, importer)}->${importer}`;
      if (siblingExportFlow) {
        const [x, y] = siblingExportFlow.split('->');
        return `${y}->${x}`;
      }
      return `${b}->${a}`;
    }
    case 'surplus': {
      const holder = subject ?? origin ?? dest ?? a;
      return `${holder}->${otherSide(sides, holder)}`;
    }
    case 'deficit': {
      const holder = subject ?? dest ?? a;
      return `${otherSide(sides, holder)}->${holder}`;
    }
    default:
      return null;
  }
}

/** The side of two that is not `side`. */
function otherSide(sides: readonly string[], side: string): string {
  return side === sides[0] ? sides[1] : sides[0];
}

/** The first side with role `role`, else null. */
function sideWithRole(sides: readonly string[], roles: ReadonlyMap<string, Role>, role: Role): string | null {
  for (const s of sides) if (roles.get(s) === role) return s;
  return null;
}

/**
 * Completes the sides of a figure: its own parties first, then those of the sentence's trade
 * phrases, then the text before (contextParties' order). A region's own state is never its
 * partner; a bloc's member that only the context suggests is dropped ("mutual trade of the
 * CIS" in a book about Belarus stays the CIS's), and the context never adds a second bloc.
 * `want` is how many sides the figure has: 2 for trade, 1 for an economy's output or for
 * trade inside a bloc.
 */
export function completeSides(
  own: readonly Party[],
  sentenceFill: readonly Party[],
  sentence: AnnotatedSentence,
  context: DocumentContext,
  want = 2,
): { parties: Party[]; fromContext: boolean } {
  const out: Party[] = [];
  const local = new Set<string>();
  for (const p of own) {
    if (out.some((q) => q.id === p.id)) continue;
    out.push(p);
    local.add(p.id);
  }
  // More sides than the figure has: a state whose own region is also named is its address.
  for (let i = out.length - 1; i >= 0 && out.length > want; i--) {
    const p = out[i];
    if (p.kind === 'state' && out.some((q) => q !== p && q.kind !== 'state' && context.homeState(q)?.id === p.id)) {
      out.splice(i, 1);
      local.delete(p.id);
    }
  }
  for (const p of sentenceFill) {
    if (out.length >= want) break;
    if (!clashes(out, p, context)) {
      out.push(p);
      local.add(p.id);
    }
  }
  let fromContext = false;
  if (out.length < want) {
    for (const p of contextParties(sentence, context)) {
      if (out.length >= want) break;
      if (clashes(out, p, context)) continue;
      if (p.kind === 'bloc' && out.some((q) => q.kind === 'bloc')) continue;
      const bloc = out.find((q) => q.kind === 'bloc');
      if (bloc && p.kind === 'state' && isMemberOf(p, bloc)) continue;
      out.push(p);
      fromContext = true;
    }
  }
  // Intra-bloc trade: drop member states that only the context brought in.
  const bloc = out.find((p) => p.kind === 'bloc');
  if (bloc && out.length > 1) {
    for (let i = out.length - 1; i >= 0; i--) {
      const p = out[i];
      if (p.kind === 'state' && !local.has(p.id) && isMemberOf(p, bloc)) out.splice(i, 1);
    }
  }
  return { parties: out, fromContext };
}

/** Whether `p` is a side already chosen, or one inside it or around it (a region's state, a city's region). */
function clashes(chosen: readonly Party[], p: Party, context: DocumentContext): boolean {
  return chosen.some((q) => q.id === p.id || p.parentId === q.id || q.parentId === p.id || context.homeState(q)?.id === p.id || (context.homeState(p)?.id === q.id && p.kind !== 'state'));
}

/** How many sentences back a bloc's short name looks for its full name. */
const NICKNAME_REACH = 60;

/** Short names of a bloc: "the Union", "the Commonwealth", "Содружество", "Союз". */
const BLOC_NICKNAME_RE = /(?<![\p{L}])(?:(Union|Commonwealth|Community)|(Содружеств|Союз)\p{L}*)(?![\p{L}])/gu;

/**
 * A bloc named by its short name inside [from, to) of the sentence ("mutual trade of the
 * Union's countries"), resolved to the nearest bloc before it whose name has that word.
 */
export function blocNickname(sentence: AnnotatedSentence, context: DocumentContext, from: number, to: number): Party | null {
  const slice = sentence.text.slice(from, to);
  BLOC_NICKNAME_RE.lastIndex = 0;
  for (let m = BLOC_NICKNAME_RE.exec(slice); m; m = BLOC_NICKNAME_RE.exec(slice)) {
    const at = from + m.index;
    if (sentence.parties.some((p) => p.start <= at && p.end > at)) continue; // part of a full name
    const word = (m[1] ?? m[2]).toLowerCase();
    const fits = (p: Party) => p.kind === 'bloc' && [p.name, ...p.aliases].some((n) => n.toLowerCase().split(/\s+/).some((w) => w.startsWith(word)));
    for (let i = sentence.index; i >= 0 && i >= sentence.index - NICKNAME_REACH; i--) {
      const s = context.sentences[i];
      const hit = [...s.parties].reverse().find((x) => (i < sentence.index || x.end <= at) && fits(x.party));
      if (hit) return hit.party;
    }
    const inTitle = context.titleParties.find((x) => fits(x.party));
    if (inTitle) return inTitle.party;
  }
  return null;
}

/** Words after a bloc that make a figure its internal trade: "the CIS countries", "стран ЕАЭС". */
const INTERNAL_AFTER_RE = /^(?:['’]s)?\s+(?:member\s+)?(?:countries|states|members|nations|economies|partners)(?![\p{L}])/iu;
const INTERNAL_BEFORE_RE = /(?<![\p{L}])(?:within|among|inside|across|between|of|внутри|между|в\s+рамках|стран(?:ами|ах)?|государств(?:ами)?|участник\p{L}*)\s+(?:the\s+)?(?:(?:member\s+)?(?:countries|states)\s+(?:of\s+)?(?:the\s+)?)?$/iu;

/** Is a bloc mentioned at [start, end) spoken of as a whole whose trade is inside it? */
export function isInternalBlocMention(text: string, start: number, end: number): boolean {
  return INTERNAL_AFTER_RE.test(text.slice(end, end + 30)) || INTERNAL_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
}
