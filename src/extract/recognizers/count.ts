import type { CountQualifier } from '../../domain/fact.ts';
import type { Party } from '../../domain/party.ts';
import type { BareNumber } from '../quantities/index.ts';
import { clauseEnd, clauseStart, qualifierBefore } from '../quantities/cues.ts';
import { periodOf } from '../time/index.ts';
import type { AnnotatedSentence, DocumentContext, FactDraft, Recognizer } from '../sentence.ts';
import { contextParties, partyNames } from './parties-in-context.ts';
import { countedPhraseAfter, countedPhraseBefore, tokensFrom, type CountedPhrase } from './count-phrase.ts';

/** Kinds of party that can be a side of a count ("enterprises with Belarusian capital in Kazakhstan"). */
const SIDE_KINDS = new Set(['state', 'bloc', 'region', 'city']);

/** A bare number right after these counts a part of the count before it: "of which 70", "including 2,400". */
const SUBSET_BEFORE_RE = /(?:of which|of them|of these|including|among them|из них|из которых|в том числе)\s*(?:some|about|over|more than|almost|nearly|около|более|свыше|почти)?\s*$/iu;
/** "X, of which there were N": the count is of X. */
const THERE_WERE_RE = /,\s*of (?:which|whom) there (?:were|are|was|is|will be)\s*(?:some|about|over|more than|almost|nearly)?\s*$/iu;
/** "...with Kazakhstan, 18 with Moldova": a numeral followed by a preposition and no noun repeats the head before it. */
const ELLIPSIS_PREP = new Set(['with', 'in', 'from', 'for', 'to', 'с', 'со', 'в', 'из', 'для']);
/** Heads naming the pair itself: "the two countries", "both sides". */
const PAIR_HEADS = /^(?:countries|states|sides|parties|nations|republics|стран\p{L}*|государств\p{L}*|сторон\p{L}*)$/u;
/** Words before a numeral that make it a rank or a span, not a count: "top 10", "the first 5". */
const RANK_BEFORE_RE = /(?:^|[^\p{L}])(?:top|first|last|next|past|previous|recent|первы[еx]|последни[еx]|ближайши[еx])\s+$/iu;
/** How many sentences back a repeated count ("60 draft agreements" in the lead and the body) is looked for. */
const REPEAT_LOOKBACK = 30;
/** Heads that name documents: "16 agreements" and "16 documents" in one text are one count. */
const DOCUMENT_HEAD_RE = /^(?:agreements?|documents?|contracts?|treaties|memorand\p{L}*|protocols|соглашени\p{L}*|документ\p{L}*|договор\p{L}*|контракт\p{L}*|меморандум\p{L}*)$/u;

/** Looks back at most this far for a date governing a count, and forward as far. */
const DATE_REACH = 160;

/** Count facts (DESIGN.md fact format, type "count"): "over 60 draft agreements", "свыше 100 предприятий". */
export const recognizeCount: Recognizer = (sentence, context): FactDraft[] => {
  const found: Array<{ n: BareNumber; phrase: CountedPhrase; inherited: boolean }> = [];
  const text = sentence.text;
  let previous = null as CountedPhrase | null;
  for (const n of sentence.numbers) {
    if (!Number.isInteger(n.value) || n.value < 2) continue;
    if (RANK_BEFORE_RE.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
    let phrase: CountedPhrase | null = countedPhraseAfter(text, n.end);
    let inherited = false;
    const before: CountedPhrase | null = previous;
    if (!phrase && before && (SUBSET_BEFORE_RE.test(text.slice(Math.max(0, n.start - 30), n.start)) || ellipsisAfter(text, n.end))) {
      phrase = { ...before, start: n.end, end: n.end, outOf: null };
      inherited = true;
    }
    // "... joint assembly plants in Kazakhstan, of which there were eight at the end of 2018"
    const thereWere = !phrase ? THERE_WERE_RE.exec(text.slice(Math.max(0, n.start - 40), n.start)) : null;
    if (thereWere) {
      const np = countedPhraseBefore(text, n.start - thereWere[0].length);
      if (np) phrase = { ...np, end: n.end };
    }
    if (!phrase) continue;
    // The denominator of "nine out of ten projects" is no count of its own.
    if (previous?.outOf === n.value && text.slice(previous.start - 24, n.start).includes('out of')) continue;
    if (n.value === 2 && PAIR_HEADS.test(phrase.head)) continue;
    if (n.value < 3 && !inherited) continue; // "two sides", "two diplomas": pairs, rarely a counted fact
    if (!inherited) previous = phrase;
    if (!inherited && statedBefore(context, sentence, n.value, phrase.head)) continue;
    found.push({ n, phrase, inherited });
  }
  // Each count's stretch of the sentence ends where the next count begins.
  return found.map((f, i) => {
    const next = found[i + 1];
    const prev = found[i - 1];
    // In a list of counts ("7 regions of A, 10 regions of B, all regions of C, ...") each item ends at its comma.
    const from = prev ? Math.max(prev.phrase.end, lastSeparator(text, prev.phrase.end, f.n.start)) : clauseStart(text, f.n.start, 200);
    const to = next ? Math.min(next.n.start, firstSeparator(text, f.phrase.end, next.n.start)) : clauseEnd(text, f.phrase.end, 160);
    return countDraft(sentence, context, f.n, f.phrase, f.inherited, from, to);
  });
};

function countDraft(
  sentence: AnnotatedSentence, context: DocumentContext, n: BareNumber, phrase: CountedPhrase, inherited: boolean, from: number, to: number,
): FactDraft {
  const text = sentence.text;
  const q = qualifierBefore(text, n.start);
  const start = Math.min(q ? q.start : n.start, phrase.start); // the phrase comes first in "plants, of which there were nine"
  const end = Math.max(n.end, phrase.end);
  const draft = {
    type: 'count' as const,
    subject: phrase.subject,
    parties: partyNames(countParties(sentence, context, phrase, Math.min(from, start), Math.max(to, end)), context),
    value: n.value,
    qualifier: toQualifier(n.qualifier),
    date: countDate(sentence, n.start),
    start,
    end,
    confidence: inherited ? 0.55 : 0.7,
    ...(phrase.outOf !== null ? { out_of: phrase.outOf } : {}),
  };
  return draft;
}

/** Offset after the last comma or semicolon in [from, to), or `from`. */
function lastSeparator(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ',' || text[i] === ';') return i + 1;
  return from;
}

/** Offset of the first comma or semicolon in [from, to) that does not run on a list of names ("Armenia, Azerbaijan and ..."), or `to`. */
function firstSeparator(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === ';') return i;
    if (text[i] === ',' && !/^\s+(?:and\s+)?\p{Lu}/u.test(text.slice(i + 1, i + 12))) return i;
  }
  return to;
}

function uniqueById(parties: Party[]): Party[] {
  return [...new Map(parties.map((p) => [p.id, p])).values()];
}

/** True when an earlier sentence nearby counted the same number of the same things. */
function statedBefore(context: DocumentContext, sentence: AnnotatedSentence, value: number, head: string): boolean {
  const kind = headKind(head);
  for (let i = sentence.index - 1; i >= 0 && i >= sentence.index - REPEAT_LOOKBACK; i--) {
    const s = context.sentences[i]!;
    for (const m of s.numbers) {
      if (m.value !== value) continue;
      const p = countedPhraseAfter(s.text, m.end);
      if (p && headKind(p.head) === kind) return true;
    }
  }
  return false;
}

function headKind(head: string): string {
  return DOCUMENT_HEAD_RE.test(head) ? 'document' : head;
}

function toQualifier(q: BareNumber['qualifier']): CountQualifier {
  if (q === 'up_to') return 'under';
  return q ?? 'exact';
}

/** True when a preposition and a party-like capitalised word follow: "18 with Moldova", "5 — в Кыргызстане". */
function ellipsisAfter(text: string, pos: number): boolean {
  const toks = tokensFrom(text, pos, 3);
  let k = 0;
  if (toks[k] && !toks[k]!.word && /^[-–—]$/.test(toks[k]!.text)) k++;
  const p = toks[k];
  const next = toks[k + 1];
  return !!p && ELLIPSIS_PREP.has(p.lower) && !!next && /^\p{Lu}/u.test(next.text);
}

/**
 * The sides of a count. Parties named in the count's own stretch of the sentence (between the
 * counts before and after it, so a list "7 regions of Azerbaijan, 10 regions of Armenia" gives
 * each its own) come first; cities only when nothing larger is named. One state is completed
 * by the partner the text is about, unless the count is of that state's own places ("7 regions
 * of Azerbaijan"); a bloc stands alone ("38 universities of the CIS").
 */
function countParties(sentence: AnnotatedSentence, context: DocumentContext, phrase: CountedPhrase, from: number, to: number): Party[] {
  const own = new Map<string, Party>();
  for (const m of sentence.parties) {
    if (m.start >= from && m.end <= to && SIDE_KINDS.has(m.party.kind)) own.set(m.party.id, m.party);
  }
  let sides = [...own.values()];
  if (sides.some((p) => p.kind !== 'city')) sides = sides.filter((p) => p.kind !== 'city');
  else sides = uniqueById(sides.map((p) => context.homeState(p) ?? p)); // "forum in Polotsk" speaks for Belarus
  if (sides.length === 0) {
    const around = contextParties(sentence, context);
    if (around[0]?.kind === 'bloc') return [around[0]];
    return around.slice(0, 2);
  }
  if (sides.length === 1 && sides[0]!.kind !== 'bloc' && !(PLACE_HEADS.test(phrase.head) && OWNER_RE.test(phrase.subject))) {
    const partner = textPartner(sentence, context, sides[0]!);
    if (partner) sides.push(partner);
  }
  return sides;
}

/** Heads of counts of places: "7 regions of Azerbaijan" counts Azerbaijan's own regions. */
const PLACE_HEADS = /^(?:regions|districts|cities|towns|provinces|oblasts|municipalities|territories|регион\p{L}*|област\p{L}*|район\p{L}*|город\p{L}*)$/u;
const OWNER_RE = /^\S+(?:\s+\S+)?\s+(?:of|of the)\s+\p{Lu}/u;
/** How many sentences back the partner of a text is counted. */
const PARTNER_LOOKBACK = 40;

/**
 * The state or region the text pairs with `side`: the one named most often in the sentences
 * before (and the title), ties to the most recent; never `side`, its home state or its regions.
 */
function textPartner(sentence: AnnotatedSentence, context: DocumentContext, side: Party): Party | null {
  const home = context.homeState(side);
  const score = new Map<string, { party: Party; n: number; last: number }>();
  const add = (party: Party, at: number) => {
    if (party.kind !== 'state' && party.kind !== 'region') return;
    if (party.id === side.id || party.id === home?.id || context.homeState(party)?.id === side.id) return;
    const prev = score.get(party.id);
    score.set(party.id, { party, n: (prev?.n ?? 0) + 1, last: Math.max(prev?.last ?? -1, at) });
  };
  for (let i = Math.max(0, sentence.index - PARTNER_LOOKBACK); i < sentence.index; i++) {
    for (const m of context.sentences[i]!.parties) add(m.party, i);
  }
  for (const m of context.titleParties) add(m.party, sentence.index);
  let best: { party: Party; n: number; last: number } | null = null;
  for (const x of score.values()) if (!best || x.n > best.n || (x.n === best.n && x.last > best.last)) best = x;
  return best?.party ?? null;
}

/** The date or period governing a count, from the same stretch of the sentence. */
function countDate(sentence: AnnotatedSentence, at: number): string | null {
  const near = sentence.times.filter((t) => t.value !== null && t.end > at - DATE_REACH && t.start < at + DATE_REACH && (t.kind === 'date' || t.kind === 'period'));
  return periodOf(near, at)?.value ?? null;
}
