import type { DocumentKind } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { PartyMention } from '../parties/index.ts';
import type { AnnotatedSentence, DocumentContext, FactDraft, Recognizer } from '../sentence.ts';
import { contextParties, partyNames } from './parties-in-context.ts';
import { tokensFrom, type Token } from './count-phrase.ts';
import { findDocumentMentions, type DocumentMention } from './document-mention.ts';
import { SIGN_VERB_RE } from './document-lexicon.ts';
import { russianHeadInNominative } from './document-russian.ts';
import { twinningList } from './document-twinning.ts';
import { documentDate } from './document-date.ts';
import { sameDocument } from './document-title.ts';

/** Cheap test before tokenising: does the sentence name any kind of document at all? */
const HEAD_HINT_RE =
  /agreement|treat|convention|concept|program|strateg|road ?map|\bplans?\b|memorand|protocol|minutes|declaration|contract|charter|accord|regulation|guidelines|directions|\bmaps?\b|соглашени|договор|конвенци|концепци|программ|стратеги|дорожн|план|меморандум|протокол|деклараци|контракт/i;
/** Word stems of each kind in both languages: a cheap test for a sentence that may name such a document. */
const KIND_STEMS: Record<DocumentKind, string[]> = {
  agreement: ['agreement', 'accord', 'соглашени'], treaty: ['treat', 'договор'], convention: ['convention', 'конвенци'],
  concept: ['concept', 'концепци'], programme: ['program', 'программ'], strategy: ['strateg', 'guidelines', 'directions', 'стратеги'],
  roadmap: ['road', 'дорожн'], plan: ['plan', 'план'], memorandum: ['memorand', 'меморандум'], protocol: ['protocol', 'minutes', 'протокол'],
  declaration: ['declaration', 'деклараци'], contract: ['contract', 'договор', 'контракт'], other: ['twinn', 'regulation', 'map', 'charter', 'побратим'],
};
/** How many sentences back an earlier mention of the same document is looked for. */
const REPEAT_LOOKBACK = 60;
const MAX_TOKENS = 1200;
/** How far before a name (characters) a verb of signing may govern it: "signed in May ... the Agreement on ...". */
const SIGN_REACH_BEFORE = 200;
/** "respectively": two lists paired in order. */
const RESPECTIVELY_RE = /(?<![\p{L}])(?:respectively|соответственно)(?![\p{L}])/iu;
/** "between" as a word, in either script (a JS word boundary knows no Cyrillic). */
const BETWEEN_RE = /(?<![\p{L}])(?:between|между)(?![\p{L}])/iu;
/** What may stand between the members of a list of parties: commas, "and", a year in brackets, an article. */
const LIST_GAP_RE = /^(?:\s*\(\d{4}\))?(?:\s*,)?\s*(?:(?:and|и)\s+)?(?:the\s+)?$/iu;
/** Between a plural name and the list of its parties: a few words, no punctuation ("with such Armenian cities as"). */
const LIST_LINK_RE = /^[\s\p{L}\p{N}'’\-–—]{0,80}$/u;
/** A future or hypothetical document is not (yet) one: "could conclude a free trade agreement". */
const PROSPECTIVE_RE = /\b(?:could|would|might|going to|negotiations? on|start(?:ing)? negotiations|in the future|intends? to conclude|will conclude)\b|(?:^|\s)(?:могли бы|будет заключ\p{L}*|планиру\p{L}* заключ\p{L}*)/iu;
/** Russian head forms that are singular only (nominative or accusative): a bare one after a signing verb is a document. */
const RU_SINGULAR_FORMS = new Set([
  'соглашение', 'договор', 'меморандум', 'протокол', 'контракт', 'план', 'программу', 'концепцию', 'стратегию',
  'декларацию', 'конвенцию', 'программа', 'концепция', 'стратегия', 'декларация', 'конвенция', 'карту', 'карта',
]);
/** A "договор" (treaty or contract) about supplies, purchases or leases is a contract. */
const COMMERCIAL_RE = /поставк|закуп|купл|продаж|подряд|аренд|лизинг|supply|supplies|purchase|lease/iu;
/** Kinds that are signed with a partner: a plural of these with a list of partners is one document per partner. */
const PARTNER_KINDS = new Set<DocumentKind>(['agreement', 'memorandum', 'treaty', 'protocol', 'declaration', 'convention', 'contract']);
/** Singular of plural heads, for titles of the documents a plural mention stands for. */
const SINGULAR: Record<string, string> = {
  agreements: 'agreement', treaties: 'treaty', conventions: 'convention', concepts: 'concept', programmes: 'programme',
  programs: 'program', strategies: 'strategy', roadmaps: 'roadmap', plans: 'plan', memoranda: 'memorandum',
  memorandums: 'memorandum', protocols: 'protocol', declarations: 'declaration', contracts: 'contract',
  regulations: 'regulations', accords: 'accord', maps: 'map',
};

/**
 * Document facts (DESIGN.md fact format, type "document"): titled documents ("the Convention
 * on Cross-border Cooperation ..."), generic ones ("signed a cooperation agreement with ...",
 * "подписали соглашение о ..."), plural mentions with a list of partners (one per partner).
 * A document already stated in the sentences before is not stated again.
 */
export const recognizeDocument: Recognizer = (sentence, context): FactDraft[] => {
  const { drafts } = documentsOf(sentence, context);
  if (drafts.length === 0) return [];
  // Only sentences that name a document of the same kind can state it before; most do not, and are not read again.
  const stems = [...new Set(drafts.flatMap((d) => (d.type === 'document' && d.kind ? KIND_STEMS[d.kind] : [])))];
  const earlier: FactDraft[] = [];
  for (let i = Math.max(0, sentence.index - REPEAT_LOOKBACK); i < sentence.index; i++) {
    const before = context.sentences[i]!;
    const stated = documentsOf(before, context);
    if (stated.drafts.length === 0) continue;
    const lower = (stated.lower ??= before.text.toLowerCase());
    if (stems.some((x) => lower.includes(x))) earlier.push(...stated.drafts);
  }
  // Only earlier sentences are compared: documents split from one plural mention here differ by their sides, and dedupe merges exact repeats.
  return drafts.filter((d) => !earlier.some((e) => restates(d, e)));
};

/**
 * The documents each sentence states, read once: every sentence is compared with up to
 * REPEAT_LOOKBACK sentences before it. Kept by document (the context object, which the
 * pipeline creates once per document); the WeakMap lets them go with the document.
 */
const byDocument = new WeakMap<DocumentContext, Map<number, Stated>>();

/** The documents a sentence states, and its text in lower case once a later sentence looks for a stem in it. */
interface Stated {
  drafts: readonly FactDraft[];
  lower: string | null;
}

function documentsOf(sentence: AnnotatedSentence, context: DocumentContext): Stated {
  let memo = byDocument.get(context);
  if (!memo) {
    memo = new Map();
    byDocument.set(context, memo);
  }
  let stated = memo.get(sentence.index);
  if (!stated) {
    stated = { drafts: sentenceDocuments(sentence, context), lower: null };
    memo.set(sentence.index, stated);
  }
  return stated;
}

/** `later` names the same document as `first` and adds no date of its own. */
function restates(later: FactDraft, first: FactDraft): boolean {
  if (later.type !== 'document' || first.type !== 'document') return false;
  if (later.kind !== first.kind || !later.title || !first.title) return false;
  if (later.date && later.date !== first.date) return false;
  // Different sides make different documents: the FTA with Singapore is not the FTA with Serbia.
  const firstSides = first.parties ?? [];
  const sides = new Set(firstSides);
  const laterSides = later.parties ?? [];
  if (firstSides.length > 1 && laterSides.length > 1 && laterSides.some((p) => !sides.has(p))) return false;
  return sameDocument(later.title, first.title);
}

/** The documents one sentence states, before comparing with the sentences around it. */
function sentenceDocuments(sentence: AnnotatedSentence, context: DocumentContext): FactDraft[] {
  const text = sentence.text;
  const out: FactDraft[] = twinningList(sentence, context);
  if (!HEAD_HINT_RE.test(text)) return out;
  if (looksLikeHeading(text)) return out;
  const toks = tokensFrom(text, 0, MAX_TOKENS);
  const mentions = findDocumentMentions(toks);
  let previousTitle: string | null = null;
  mentions.forEach((m, idx) => {
    const lo = idx > 0 ? toks[mentions[idx - 1]!.to - 1]!.end : 0;
    const hi = idx + 1 < mentions.length ? toks[mentions[idx + 1]!.from]!.start : text.length;
    const scope: Scope = { sentence, context, toks, m, lo, hi };
    if (m.counted) return;
    // "a roadmap - the Action Plan for 2017-2019": the bare first name is told by the second.
    if (appositive(toks, m, mentions[idx + 1])) return;
    const head = idx > 0 && appositive(toks, mentions[idx - 1]!, m) ? mentions[idx - 1]! : null;
    if (m.plural) {
      out.push(...pluralDocuments(scope));
      return;
    }
    if (!head && !accepted(scope)) return;
    let title = titleOf(scope);
    // "the Concept of X and Plan of Measures for its implementation": "its" is the document before.
    if (previousTitle && !m.russian) title = title.replace(/\bits\s+(\p{L}+)/u, (_, noun: string) => `the ${noun} of the ${previousTitle}`);
    const between = m.russian ? null : betweenAfterSigning(toks, m);
    if (between) title = `${title} ${text.slice(between.start, between.end)}`;
    const draft = documentDraft(scope, title, between ? { also: between } : {});
    if (!draft || draft.type !== 'document') return;
    if (head) {
      const first = { ...scope, m: head };
      out.push({ ...draft, kind: head.kind, title: `${titleOf(first)} - ${draft.title}`, start: toks[head.from]!.start });
    } else out.push(draft);
    if (m.titled) previousTitle = draft.title ?? null;
  });
  return out;
}

/** `a` is a bare head ("a roadmap") and `b` follows it after a dash: "a roadmap - the Action Plan for 2017-2019". */
function appositive(toks: readonly Token[], a: DocumentMention, b: DocumentMention | undefined): boolean {
  if (!b || a.premodifiers > 0 || a.complement || a.plural) return false;
  let k = a.to;
  if (!/^[-–—]$/.test(toks[k]?.text ?? '')) return false;
  k++;
  if (toks[k]?.lower === 'the') k++;
  return k === b.from;
}

/** "the agreement on cooperation signed in September 2020 between A and B": the sides after the signing. */
function betweenAfterSigning(toks: readonly Token[], m: DocumentMention): { start: number; end: number } | null {
  if (!SIGN_VERB_RE.test(toks[m.to]?.lower ?? '')) return null;
  let k = m.to + 1;
  while (k < toks.length && k - m.to <= 7 && toks[k]!.word && toks[k]!.lower !== 'between') k++;
  if (toks[k]?.lower !== 'between') return null;
  const start = toks[k]!.start;
  let end = toks[k]!.end;
  let ands = 0;
  // Up to punctuation or a verb: names of the sides may hold "and" and "for" themselves.
  for (let j = k + 1; j < toks.length && j - k <= 28; j++) {
    const t = toks[j]!;
    if (!t.word || /^(?:which|who|that|was|were|is|are|will|would|has|have|had)$/.test(t.lower)) break;
    if (t.lower === 'and') ands++;
    end = t.end;
  }
  return ands >= 1 ? { start, end } : null;
}

/** A heading ("Commonwealth of Independent States: Plan for Information Promotion as a ...") states nothing. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (/[.!?…"»”)]$/.test(t) || t.length > 200) return false;
  const words = t.match(/\p{L}+/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w) && w.length > 3).length;
  const long = words.filter((w) => w.length > 3).length;
  return long > 0 && capitals / long >= 0.6;
}

export interface Scope {
  sentence: AnnotatedSentence;
  context: DocumentContext;
  toks: readonly Token[];
  m: DocumentMention;
  /** The stretch of the sentence that belongs to this mention (characters): up to its neighbours. */
  lo: number;
  hi: number;
}

/** Is a singular mention a document of its own, not a back-reference or a common noun? */
function accepted(s: Scope): boolean {
  const { m, toks } = s;
  const named = m.premodifiers > 0 || m.complement || m.quoted;
  if (m.titled) return named && (!m.anaphoric || m.complement);
  if (m.anaphoric) return false;
  const sign = signedNear(s);
  if (toks[m.headFrom]!.lower === 'minutes') return toks.some((t) => SIGN_VERB_RE.test(t.lower));
  if (prospective(s)) return false;
  if (m.kind === 'contract') return m.complement && sign;
  if (m.premodifiers > 0) return true;
  if (m.complement) return sign || anchored(s);
  // A bare head: only "signed an agreement", "the memorandum signed in 2018".
  const article = toks[m.from - 1]?.lower;
  if (sign && !m.russian && (article === 'a' || article === 'an')) return true;
  // "подписали соглашение": a singular that cannot be a plural ("соглашения" can).
  if (sign && m.russian && RU_SINGULAR_FORMS.has(toks[m.headFrom]!.lower)) return true;
  return article === 'the' && SIGN_VERB_RE.test(toks[m.to]?.lower ?? '') && /^(?:in|on|back)$/.test(toks[m.to + 1]?.lower ?? '') && /\d{4}/.test(s.sentence.text.slice(toks[m.to]!.end, toks[m.to]!.end + 30));
}

/** A verb of signing or adopting governs the name: before it in the sentence, or right after ("was signed"). */
export function signedNear({ toks, m }: Scope): boolean {
  const from = toks[m.from]!.start;
  for (let j = m.from - 1; j >= 0 && toks[j]!.start >= from - SIGN_REACH_BEFORE; j--) if (SIGN_VERB_RE.test(toks[j]!.lower)) return true;
  for (let j = m.to; j < Math.min(toks.length, m.to + 5); j++) if (SIGN_VERB_RE.test(toks[j]!.lower)) return true;
  return false;
}

function prospective({ sentence, toks, m }: Scope): boolean {
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  return PROSPECTIVE_RE.test(sentence.text.slice(Math.max(0, from - 120), Math.min(sentence.text.length, to + 20)));
}

/** A generic name with something specific in it: a year, a party, a capitalised word. */
function anchored({ sentence, toks, m }: Scope): boolean {
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  if (/(?:19|20)\d{2}/.test(sentence.text.slice(from, to))) return true;
  if (sentence.parties.some((p) => p.start >= from && p.end <= to)) return true;
  return toks.slice(m.headTo, m.to).some((t) => /^\p{Lu}/u.test(t.text));
}

/** The name as written, without "the", "draft", quotes; Russian heads in the nominative. */
function titleOf({ sentence, toks, m }: Scope): string {
  const text = sentence.text;
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  if (!m.russian) return normalizeTitle(text.slice(from, to));
  const premodifiers = toks.slice(m.from, m.headFrom).filter((t) => t.word).map((t) => t.text);
  const head = text.slice(toks[m.headFrom]!.start, toks[m.headTo - 1]!.end);
  const name = russianHeadInNominative(premodifiers, head, m.kind);
  return normalizeTitle(name + text.slice(toks[m.headTo - 1]!.end, to));
}

/**
 * Leading articles, "draft", "new", bold marks and spaces out, so near-identical mentions share
 * one title; quotes go unless they enclose a name inside the title (programme «Pramen»).
 */
export function normalizeTitle(title: string): string {
  let t = title.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:(?:the|a|an|draft|new|updated|revised|current|проект|новая|новый|новое|новую)\s+)+/iu, '').trim();
  t = t.replace(/^["«“]+|["»”]+$/gu, '').trim();
  const opens = (t.match(/[«“]/gu) ?? []).length;
  const closes = (t.match(/[»”]/gu) ?? []).length;
  const straight = (t.match(/"/g) ?? []).length;
  if (opens !== closes) t = t.replace(/[«»“”]/gu, '');
  if (straight % 2 === 1) t = t.replace(/"/g, '');
  return t.replace(/\s+/g, ' ').trim();
}

interface DraftOptions {
  /** Sides given by the caller (a plural mention split by its list of parties); the title is taken as is. */
  parties?: Party[];
  date?: string | null;
  confidence?: number;
  /** Evidence wider than the name: a partner named further on in the sentence. */
  also?: { start: number; end: number };
  /** Where the stretch a signing verb may stand in ends (a list of partners runs on after the name). */
  reach?: number;
}

function documentDraft(s: Scope, title: string, opts: DraftOptions = {}): FactDraft | null {
  const { context, toks, m } = s;
  if (!title) return null;
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  const date = opts.date ?? documentDate(s, opts.reach ?? opts.also?.end);
  const validity = validityOf(title, m.yearBefore);
  const sides = opts.parties ? { parties: opts.parties, surfaces: [] } : documentSides(s);
  const names = partyNames(sides.parties, context);
  // A generic name is told apart by its sides, as the text names them: "cooperation agreement (Mogilev - Semey)".
  // Sides from the context are not part of a name; Russian surfaces are inflected, so canonical names stand in.
  const fromSentence = sides.surfaces.length > 0;
  const label = (fromSentence ? (m.russian ? names : [...new Set(sides.surfaces)]) : []).slice(0, 2);
  const generic = !opts.parties && !m.titled && !BETWEEN_RE.test(title) && label.length >= 1;
  return {
    type: 'document',
    title: generic ? `${title} (${label.join(' - ')})` : title,
    kind: m.kind === 'treaty' && COMMERCIAL_RE.test(title) ? 'contract' : m.kind,
    parties: names,
    date,
    ...(validity.from ? { valid_from: validity.from } : {}),
    ...(validity.to ? { valid_to: validity.to } : {}),
    start: Math.min(from, opts.also?.start ?? from),
    end: Math.max(to, m.parenYear ? toks[m.parenYear.to - 1]!.end : to, opts.also?.end ?? to),
    confidence: opts.confidence ?? (m.titled ? 0.8 : 0.6),
  };
}

const RANGE_IN_TITLE_RE = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)?\d{2})(?!\d)/u;
const UNTIL_IN_TITLE_RE = /(?:until|till|up to|through|to|до)\s+((?:19|20)\d{2})/iu;
const FOR_YEAR_IN_TITLE_RE = /(?:for|на)\s+((?:19|20)\d{2})(?!\s*[-–—\d])/iu;

/** Validity from the name: "for 2021-2023" -> 2021..2023, "until 2030" -> ..2030, "на 2022 год" -> 2022..2022. */
export function validityOf(title: string, yearBefore: string | null): { from: string | null; to: string | null } {
  const range = RANGE_IN_TITLE_RE.exec(title) ?? (yearBefore ? RANGE_IN_TITLE_RE.exec(yearBefore) : null);
  if (range) {
    const to = range[2]!.length === 2 ? range[1]!.slice(0, 2) + range[2] : range[2]!;
    return { from: range[1]!, to };
  }
  const until = UNTIL_IN_TITLE_RE.exec(title);
  if (until) return { from: null, to: until[1]! };
  const single = FOR_YEAR_IN_TITLE_RE.exec(title);
  if (single) return { from: single[1]!, to: single[1]! };
  return { from: null, to: null };
}

/** The sides of a document and how the text names them ("Gomel Oblast", not only "Gomel Region"). */
interface Sides {
  parties: Party[];
  /** Surface forms of the sides named in the sentence, places before organisations; empty when they come from the context. */
  surfaces: string[];
}

/** Parties named in the name ("between Belarus and Tomsk Region"), else in the mention's stretch, else the text's. */
function documentSides({ sentence, context, toks, m, lo, hi }: Scope): Sides {
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  const inName = sentence.parties.filter((p) => p.start >= from && p.end <= to);
  const chosen = uniqueParties(inName).length >= 2 ? inName : [...inName, ...sentence.parties.filter((p) => p.start >= lo && p.end <= hi && !(p.start >= from && p.end <= to))];
  if (chosen.length > 0) {
    const seen = new Set<string>();
    const firstOf = chosen.filter((p) => !seen.has(p.party.id) && seen.add(p.party.id));
    const places = firstOf.filter((p) => p.party.kind !== 'organisation' && p.party.kind !== 'institution' && p.party.kind !== 'enterprise' && p.via !== 'adjective');
    const text = sentence.text;
    return { parties: uniqueParties(chosen), surfaces: (places.length ? places : firstOf).map((p) => text.slice(p.start, p.end)) };
  }
  const ctx = contextParties(sentence, context);
  return { parties: ctx[0]?.kind === 'bloc' ? [ctx[0]] : ctx.slice(0, 2), surfaces: [] };
}

function documentParties(s: Scope): Party[] {
  return documentSides(s).parties;
}

function uniqueParties(mentions: readonly PartyMention[]): Party[] {
  return [...new Map(mentions.map((m) => [m.party.id, m.party])).values()];
}

/**
 * A plural mention stands for several documents when the clause lists their partners:
 * "signed twinning agreements with A, B and C", "X, Y and Z already had free trade agreements
 * with W", "A and B regions signed agreements with C and D, respectively", "agreements between
 * A and B, C and D". Two parties and nobody else make one document between them. Without a
 * list it is a count or nothing; a list with years ("concepts of ... (2006) and ... (2007)")
 * is one document per item.
 */
function pluralDocuments(s: Scope): FactDraft[] {
  const { sentence, context, toks, m, lo, hi } = s;
  const text = sentence.text;
  const headWord = toks[m.headFrom]!.lower;
  const singular = SINGULAR[headWord] ?? headWord;
  if (m.parenYear) return siblingDocuments(s, singular);
  if (!PARTNER_KINDS.has(m.kind) || m.russian) return [];
  const from = toks[m.from]!.start;
  const to = toks[m.to - 1]!.end;
  const around = sentence.parties.filter((p) => p.start >= lo && p.end <= hi);
  const mentions = around.filter((p) => p.party.kind !== 'organisation' && p.party.kind !== 'institution');
  const allLists = coordinatedLists(text, mentions);
  const lists = allLists.filter((l) => linked(text, l, from, to));
  const surface = (p: PartyMention) => text.slice(p.start, p.end);
  const yearAfter = (p: PartyMention) => /^\s*\((\d{4})\)/.exec(text.slice(p.end, p.end + 8))?.[1] ?? null;
  const reach = Math.max(...lists.map((l) => l[l.length - 1]!.end), to);
  const draftFor = (title: string, parties: PartyMention[], date: string | null) =>
    documentDraft(s, title, { parties: uniqueParties(parties), date, confidence: 0.5, also: parties[parties.length - 1], reach });

  // "agreements between A and B, C and D": a document per pair; "agreements ... between A and B": one.
  const betweenAt = toks.slice(m.headTo, m.to + 1).find((t) => t.lower === 'between' || t.lower === 'между');
  if (betweenAt) {
    const pairs = allLists.find((l) => l[0]!.start > betweenAt.start && l[0]!.start <= betweenAt.end + 16);
    const base = pluralTitle(s, singular, betweenAt.start);
    if (pairs && pairs.length >= 4 && pairs.length % 2 === 0) {
      const drafts: Array<FactDraft | null> = [];
      for (let i = 0; i < pairs.length; i += 2) {
        drafts.push(draftFor(`${base} between ${surface(pairs[i]!)} and ${surface(pairs[i + 1]!)}`, [pairs[i]!, pairs[i + 1]!], null));
      }
      return drafts.filter(isDraft);
    }
    if (pairs && pairs.length === 2) {
      const d = draftFor(pluralTitle(s, singular), pairs, null);
      return d ? [d] : [];
    }
  }
  const base = pluralTitle(s, singular);
  // "A and B signed agreements with C and D, respectively"
  if (RESPECTIVELY_RE.test(text.slice(lo, hi))) {
    const two = lists.filter((l) => l.length >= 2);
    if (two.length >= 2 && two[0]!.length === two[1]!.length) {
      return two[0]!.map((a, i) => draftFor(`${base} (${surface(a)} - ${surface(two[1]![i]!)})`, [a, two[1]![i]!], yearAfter(two[1]![i]!))).filter(isDraft);
    }
  }
  const list = lists.filter((l) => l.length >= 2).sort((a, b) => b.length - a.length)[0];
  if (!list) return namedPartnerDocuments(s, base);
  const members = new Set(list.map((x) => x.party.id));
  const other = around.find((p) => !members.has(p.party.id) && p.via !== 'adjective' && (p.end <= from || p.start >= to) && !list.some((x) => context.homeState(x.party)?.id === p.party.id));
  // Two parties and nobody else: one document between them.
  if (!other && list.length === 2) {
    const d = draftFor(`${base} between ${surface(list[0]!)} and ${surface(list[1]!)}`, list, null);
    return d ? [d] : [];
  }
  // The side all the others signed with: named in the clause, else the one the text is about.
  const fromContext = other ? null : contextParties(sentence, context).find((p) => !members.has(p.id) && !list.some((x) => context.homeState(x.party)?.id === p.id));
  const side: PartyMention[] = other ? [other] : fromContext ? [{ start: 0, end: 0, party: fromContext } as PartyMention] : [];
  const sideName = other ? `${surface(other)} - ` : fromContext ? `${context.nameOf(fromContext)} - ` : '';
  return list.map((x) => draftFor(`${base} (${sideName}${surface(x)})`, [...side, x], yearAfter(x))).filter(isDraft);
}

/** Is a list of parties tied to a plural name: right after it ("with A, B and C") or right before ("A, B and C had ... agreements")? */
function linked(text: string, list: readonly PartyMention[], from: number, to: number): boolean {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  if (first.start >= to) return LIST_LINK_RE.test(text.slice(to, first.start));
  if (last.end <= from) return LIST_LINK_RE.test(text.slice(last.end, from));
  return false;
}

/**
 * "signed agreements on cooperation with the X Centre, the Y University, and the Z University":
 * partners the gazetteer does not know, read as a list of capitalised names after "with".
 */
function namedPartnerDocuments(s: Scope, base: string): FactDraft[] {
  const { sentence, toks, m } = s;
  const text = sentence.text;
  const after = text.slice(toks[m.to - 1]!.end, Math.min(text.length, s.hi));
  const w = /^\s*with\s+(.+)$/su.exec(after);
  if (!w) return [];
  const clauseStart = toks[m.to - 1]!.end + after.length - w[1]!.length;
  const clause = w[1]!.split(/[.;:"»”]/u)[0]!;
  const names: Array<{ name: string; start: number; end: number }> = [];
  const re = /(?:^|,\s+(?:and\s+)?)((?:the\s+)?\p{Lu}[^,]*)/gu;
  for (const x of clause.matchAll(re)) {
    const raw = x[1]!.trim();
    const start = clauseStart + x.index! + x[0].indexOf(x[1]!);
    names.push({ name: raw.replace(/^the\s+/i, ''), start, end: start + raw.length });
  }
  if (names.length < 2 || names.some((n) => n.name.split(/\s+/).length > 16)) return [];
  const subject = sentence.parties.filter((p) => p.end <= toks[m.from]!.start);
  const parties = uniqueParties(subject.length ? subject : sentence.parties);
  return names.map((n) => documentDraft(s, `${base} (${n.name})`, { parties, confidence: 0.5, also: n })).filter(isDraft);
}

function isDraft(d: FactDraft | null): d is FactDraft {
  return d !== null;
}

/** "framework agreements on cooperation" -> "framework agreement on cooperation"; `until` cuts the name short. */
function pluralTitle({ sentence, toks, m }: Scope, singular: string, until?: number): string {
  const from = toks[m.from]!.start;
  const to = Math.min(until ?? Infinity, toks[m.to - 1]!.end);
  const head = toks[m.headFrom]!;
  const text = sentence.text;
  return normalizeTitle(text.slice(from, head.start) + singular + text.slice(head.end, Math.max(head.end, to)));
}

/** "concepts of development of adult education (2006) and distance learning (2007)": a document per item. */
function siblingDocuments(s: Scope, singular: string): FactDraft[] {
  const { sentence, toks, m } = s;
  const text = sentence.text;
  const out: FactDraft[] = [];
  const parties = documentParties(s);
  const first = documentDraft(s, pluralTitle(s, singular), { parties, date: m.parenYear!.year, confidence: 0.6 });
  if (first) out.push(first);
  // Siblings: ", on X (2007)" or "and X (2007)" after the first item.
  let k = m.parenYear!.to;
  for (let n = 0; n < 8 && k < toks.length; n++) {
    const sep = toks[k];
    if (!sep || (sep.text !== ',' && sep.lower !== 'and' && sep.lower !== 'и')) break;
    let j = k + 1;
    if (toks[j]?.lower === 'and') j++;
    const startTok = j;
    while (j < toks.length && j - startTok < 20 && toks[j]!.text !== '(' && toks[j]!.text !== ';' && toks[j]!.text !== '.') j++;
    if (j === startTok || toks[j]?.text !== '(' || !/^(?:19|20)\d{2}$/.test(toks[j + 1]?.lower ?? '') || toks[j + 2]?.text !== ')') break;
    const words = text.slice(toks[startTok]!.start, toks[j - 1]!.end);
    const connector = /^(?:on|of|about|for|in)\b/i.test(words) ? ' ' : ` ${firstPreposition(text, toks, m)} `;
    const title = normalizeTitle(`${singular}${connector}${words}`);
    const sibling: DocumentMention = { ...m, from: startTok, to: j, titled: false, parenYear: null };
    const d = documentDraft({ ...s, m: sibling }, title, { parties, date: toks[j + 1]!.lower, confidence: 0.6 });
    if (d) out.push(d);
    k = j + 3;
  }
  return out;
}

/** The preposition the first item's name goes on with ("of" in "concepts of development ..."). */
function firstPreposition(text: string, toks: readonly Token[], m: DocumentMention): string {
  const t = toks[m.headTo];
  return t && /^(?:on|of|about|for|in)$/.test(t.lower) ? t.lower : 'on';
}

/**
 * Lists of parties joined by commas and "and" ("Peru, Mongolia and Cambodia"), in text order.
 * Linear: one pass over the mentions.
 */
export function coordinatedLists(text: string, mentions: readonly PartyMention[]): PartyMention[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const lists: PartyMention[][] = [];
  let cur: PartyMention[] = [];
  for (const p of sorted) {
    const prev = cur[cur.length - 1];
    if (prev && p.start >= prev.end && LIST_GAP_RE.test(text.slice(prev.end, p.start)) && prev.party.id !== p.party.id) cur.push(p);
    else {
      if (cur.length) lists.push(cur);
      cur = [p];
    }
  }
  if (cur.length) lists.push(cur);
  return lists;
}
