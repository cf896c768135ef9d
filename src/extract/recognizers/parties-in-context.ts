import type { Party } from '../../domain/party.ts';
import type { PartyMention } from '../parties/index.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';

/** Words that point back to the pair already named: "the two countries", "стороны", "both sides". */
const PAIR_ANAPHORA =
  /\b(?:the two (?:countries|states|sides|nations|republics|parties)|both (?:countries|sides|states)|the sides|the parties|our (?:two )?countries|bilateral|mutual|two-way)\b|(?:^|[^\p{L}])(?:две страны|двух стран|обеих стран|обе страны|стороны|сторон|сторонам|двусторонн\p{L}*|взаимн\p{L}*|наши(?:х)? стран\p{L}*)(?=$|[^\p{L}])/iu;

/** Ranks parties for being a side of a relation: states and blocs first, then regions, then the rest. */
const KIND_RANK: Record<string, number> = { state: 0, bloc: 1, region: 2, city: 3, organisation: 4, district: 5, enterprise: 6, institution: 7 };

export function uniqueParties(mentions: readonly PartyMention[]): Party[] {
  const seen = new Map<string, Party>();
  for (const m of mentions) if (!seen.has(m.party.id)) seen.set(m.party.id, m.party);
  return [...seen.values()];
}

/** Parties in a sentence, in order of first mention, optionally only some kinds. */
export function sentenceParties(sentence: AnnotatedSentence, kinds?: readonly string[]): Party[] {
  return uniqueParties(sentence.parties.filter((m) => !kinds || kinds.includes(m.party.kind)));
}

export function pointsBackToPair(text: string): boolean {
  return PAIR_ANAPHORA.test(text);
}

/**
 * The sides of a relation stated in a sentence: the states, blocs and regions it names; when it
 * names fewer than two, the pair of the surrounding text fills in (earlier sentences of the
 * paragraph, then of the document, then the title), which is how "the two countries",
 * "стороны" and plain "trade grew" read in news copy.
 */
export function relationParties(sentence: AnnotatedSentence, context: DocumentContext, options: { want?: number } = {}): Party[] {
  const want = options.want ?? 2;
  const own = sentenceParties(sentence).filter((p) => KIND_RANK[p.kind] !== undefined && KIND_RANK[p.kind] <= 3);
  if (own.length >= want) return own;
  const fill = contextParties(sentence, context);
  const out = [...own];
  for (const p of fill) {
    if (out.length >= want) break;
    if (!out.some((q) => q.id === p.id || context.homeState(q)?.id === p.id)) out.push(p);
  }
  return out;
}

/**
 * contextParties of each sentence, kept: several recognizers ask for the same sentence. The
 * answer depends on the document's sentences before it and its title only (both fixed once
 * the document is annotated); the WeakMap lets it go with the sentence.
 */
const contextBySentence = new WeakMap<AnnotatedSentence, readonly Party[]>();

/** Parties of the text before a sentence, most relevant first (same paragraph, recent, title). */
export function contextParties(sentence: AnnotatedSentence, context: DocumentContext): readonly Party[] {
  let parties = contextBySentence.get(sentence);
  if (!parties) contextBySentence.set(sentence, (parties = rankContextParties(sentence, context)));
  return parties;
}

function rankContextParties(sentence: AnnotatedSentence, context: DocumentContext): Party[] {
  const score = new Map<string, { party: Party; score: number }>();
  const add = (party: Party, weight: number) => {
    if ((KIND_RANK[party.kind] ?? 9) > 2) return;
    const prev = score.get(party.id);
    score.set(party.id, { party, score: (prev?.score ?? 0) + weight });
  };
  for (let i = sentence.index - 1, distance = 1; i >= 0 && distance <= 12; i--, distance++) {
    const s = context.sentences[i];
    const sameParagraph = s.paragraph === sentence.paragraph;
    for (const m of s.parties) add(m.party, (sameParagraph ? 3 : 1) / distance);
  }
  for (const m of context.titleParties) add(m.party, 1.5);
  return [...score.values()].sort((a, b) => b.score - a.score || (KIND_RANK[a.party.kind] ?? 9) - (KIND_RANK[b.party.kind] ?? 9)).map((x) => x.party);
}

/** Canonical names for a fact's `parties`. */
export function partyNames(parties: readonly Party[], context: DocumentContext): string[] {
  return [...new Set(parties.map((p) => context.nameOf(p)))];
}

/** A sentence that does not end in a full stop and is followed by one starting in lower case. */
/** A sentence that ends as sentences do; a text that starts in lower case. */
const SENTENCE_END_RE = /[.!?…][\s"'»”’)\]]*$/u;
const LOWER_START_RE = /^\s*\p{Ll}/u;

function runsOn(sentence: AnnotatedSentence, next: AnnotatedSentence): boolean {
  return !SENTENCE_END_RE.test(sentence.text) && LOWER_START_RE.test(next.text);
}

/**
 * The sentence this one goes on in, across a page or footnote break ("... at least one
 * billion" | "dollars in 2020."), or null.
 */
export function continuationOf(sentence: AnnotatedSentence, context: DocumentContext): AnnotatedSentence | null {
  const next = context.sentences[sentence.index + 1];
  return next && runsOn(sentence, next) ? next : null;
}

/** The sentence this one continues across a page or footnote break, or null. */
export function continuedFrom(sentence: AnnotatedSentence, context: DocumentContext): AnnotatedSentence | null {
  const prev = sentence.index > 0 ? context.sentences[sentence.index - 1] : undefined;
  return prev && runsOn(prev, sentence) ? prev : null;
}
