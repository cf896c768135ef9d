import { z } from 'zod';
import { Fact, type FactType } from '../domain/fact.ts';
import type { Party } from '../domain/party.ts';
import { prepareDocument, prepareBody, type PreparedDocument } from '../text/document.ts';
import { findDateline } from '../text/dateline.ts';
import type { Resolver } from '../gazetteer/resolver.ts';
import { homeStateOf } from '../gazetteer/resolver.ts';
import { findQuantities, type BareNumber, type Money, type Multiplier, type PercentChange, type Quantity } from './quantities/index.ts';
import { findTimeExpressions, type TimeExpression } from './time/index.ts';
import { findPartyMentions, type PartyMention } from './parties/index.ts';
import type { AnnotatedSentence, DocumentContext, FactDraft, Recognizer } from './sentence.ts';
import { recognizers } from './recognizers/index.ts';
import { dedupeFacts } from './dedupe.ts';

export interface ExtractOptions {
  /** The `doc` of every fact: the input's base name without extension. */
  doc: string;
  lang?: 'auto' | 'en' | 'ru';
  /** Reference date for relative time ("last year") when the text carries none. */
  date?: string;
  /** The text is a body already (from HTML or a feed), not a file with front matter. */
  isBody?: boolean;
  title?: string | null;
  /** Fact types to look for (default: all). Annotation runs whatever is asked. */
  types?: readonly FactType[];
}

/** Sentences longer than this are read in windows: a 5 MB "sentence" must not stall the pipeline. */
export const MAX_SENTENCE = 4000;

/**
 * The fact schema compiled into one validator (zod's z.compile: same results and errors).
 * Every draft is checked here, and the interpreted parser cost ~5% of extraction.
 */
const FactValidator = z.compile(Fact);

/** Extracts facts in the interchange format from one text. Pure given the resolver. */
export function extractFacts(text: string, resolver: Resolver, options: ExtractOptions): Fact[] {
  const prepared = options.isBody
    ? prepareBody(text, { raw: {} }, { lang: options.lang })
    : prepareDocument(text, { lang: options.lang });
  const context = buildContext(prepared, resolver, options);
  const active = options.types ? recognizers.filter((r) => options.types!.includes(r.type)) : recognizers;
  const drafts: { draft: FactDraft; sentence: AnnotatedSentence }[] = [];
  for (const sentence of context.sentences) {
    for (const { recognize } of active) {
      for (const draft of safeRecognize(recognize, sentence, context)) drafts.push({ draft, sentence });
    }
  }
  const facts: Fact[] = [];
  for (const { draft, sentence } of drafts) {
    const fact = finishFact(draft, sentence, context);
    if (fact) facts.push(fact);
  }
  return dedupeFacts(facts);
}

function safeRecognize(recognize: Recognizer, sentence: AnnotatedSentence, context: DocumentContext): FactDraft[] {
  try {
    return recognize(sentence, context);
  } catch (error) {
    // One odd sentence must not cost the document its other facts.
    if (process.env.IMON_DEBUG) console.error(`recognizer ${recognize.name} failed on sentence ${sentence.index}:`, error);
    return [];
  }
}

/** Turns sentence-relative offsets into body offsets, cuts the quote from the body, validates. */
function finishFact(draft: FactDraft, sentence: AnnotatedSentence, context: DocumentContext): Fact | null {
  let start = sentence.start + Math.max(0, draft.start);
  let end = sentence.start + Math.min(sentence.text.length, draft.end);
  // Quotes never begin or end in whitespace.
  while (start < end && /\s/.test(context.body[start])) start++;
  while (end > start && /\s/.test(context.body[end - 1])) end--;
  if (end <= start) return null;
  const partyIds = partyIdsOf(draft, context);
  const parsed = FactValidator.safeParse({
    ...draft, doc: context.doc, start, end, quote: context.body.slice(start, end), lang: sentence.lang,
    ...(partyIds.length ? { party_ids: partyIds } : {}),
  });
  if (!parsed.success) {
    if (process.env.IMON_DEBUG) console.error('dropped an invalid fact:', parsed.error.message, draft);
    return null;
  }
  return parsed.data;
}

/** Ids of every party a fact involves (parties, actors, partner), for the store's party links. */
function partyIdsOf(draft: FactDraft, context: DocumentContext & { idsByName?: Map<string, string> }): string[] {
  const names: (string | null | undefined)[] = [...(draft.parties ?? [])];
  if (draft.type === 'project') names.push(...(draft.actors ?? []), draft.partner);
  const ids = new Set<string>();
  for (const name of names) {
    const id = name ? context.idsByName?.get(name) : undefined;
    if (id) ids.add(id);
  }
  return [...ids];
}

function buildContext(prepared: PreparedDocument, resolver: Resolver, options: ExtractOptions): DocumentContext & { idsByName: Map<string, string> } {
  const title = options.title ?? prepared.meta.title ?? null;
  const refDate = options.date ?? prepared.meta.date ?? null;
  const sentences: AnnotatedSentence[] = [];
  let index = 0;
  let dateline: DocumentContext['dateline'] = null;
  prepared.paragraphs.forEach((paragraph, paragraphIndex) => {
    paragraph.sentences.forEach((span, sentenceInParagraph) => {
      for (let start = span.start; start < span.end; start += MAX_SENTENCE) {
        const end = Math.min(span.end, start + MAX_SENTENCE);
        const sentence = annotateSentence(prepared.masked.slice(start, end), start, end, index++, paragraphIndex, paragraph.lang, resolver, refDate);
        // "MINSK, 25 August (BelTA) –": the filing place is not a party to the story.
        const line = sentenceInParagraph === 0 && start === span.start ? findDateline(sentence.text) : null;
        if (line) {
          sentence.parties = sentence.parties.filter((m) => m.start >= line.end);
          dateline ??= { place: line.place, party: resolver.resolve(line.place, { limit: 1 })[0]?.party ?? null };
        }
        sentences.push(sentence);
      }
    });
  });
  const byId = resolver.byId;
  // Recognizers name parties through nameOf; remembering the ids lets facts carry party_ids.
  const idsByName = new Map<string, string>();
  return {
    idsByName,
    doc: options.doc,
    body: prepared.body,
    title,
    refDate,
    lang: prepared.lang,
    sentences,
    titleParties: title ? findPartyMentions(title, resolver) : [],
    dateline,
    nameOf: (party: Party) => {
      if (!idsByName.has(party.name)) idsByName.set(party.name, party.id);
      return party.name;
    },
    homeState: (party: Party) => homeStateOf(party, byId),
    partyById: (id: string) => byId.get(id) ?? null,
  };
}

function annotateSentence(
  text: string, start: number, end: number, index: number, paragraph: number,
  lang: AnnotatedSentence['lang'], resolver: Resolver, refDate: string | null,
): AnnotatedSentence {
  const quantities = findQuantities(text);
  const ofType = <T extends Quantity['type']>(type: T) =>
    quantities.filter((q): q is Extract<Quantity, { type: T }> => q.type === type);
  return new Sentence({
    index, paragraph, start, end, text, lang,
    money: ofType('money'),
    percents: ofType('percent'),
    multipliers: ofType('multiplier'),
    numbers: ofType('number'),
    parties: findPartyMentions(text, resolver),
  }, refDate);
}

/**
 * An annotated sentence whose time expressions are found when first read: a figure, a
 * document, an event, a project or a period carried over asks for them, most sentences are
 * never asked, and they depend on the text (and the document's date) alone. A class, so that
 * every sentence has one shape and the getter is shared.
 */
class Sentence implements AnnotatedSentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  lang: AnnotatedSentence['lang'];
  money: Money[];
  percents: PercentChange[];
  multipliers: Multiplier[];
  numbers: BareNumber[];
  parties: PartyMention[];
  #refDate: string | null;
  #times: TimeExpression[] | null = null;

  constructor(a: Omit<AnnotatedSentence, 'times'>, refDate: string | null) {
    this.index = a.index;
    this.paragraph = a.paragraph;
    this.start = a.start;
    this.end = a.end;
    this.text = a.text;
    this.lang = a.lang;
    this.money = a.money;
    this.percents = a.percents;
    this.multipliers = a.multipliers;
    this.numbers = a.numbers;
    this.parties = a.parties;
    this.#refDate = refDate;
  }

  get times(): TimeExpression[] {
    // Half-years as months ("2019-01..2019-06"), the form the interchange format's periods use.
    this.#times ??= findTimeExpressions(this.text, this.#refDate ? { date: this.#refDate, halves: 'months' } : { halves: 'months' });
    return this.#times;
  }
}

/** The fact types the pipeline recognizes, in the order its recognizers run (facts come out in document order). */
export const FACT_ORDER: FactType[] = recognizers.map((r) => r.type);
