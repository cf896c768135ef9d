import type { Language } from '../domain/source.ts';
import type { FactInput } from '../domain/fact.ts';
import type { Party } from '../domain/party.ts';
import type { Money, PercentChange, Multiplier, BareNumber } from './quantities/index.ts';
import type { TimeExpression } from './time/index.ts';
import type { PartyMention } from './parties/index.ts';

/**
 * One sentence with everything the annotators found in it. `text` is the masked body slice
 * (artifacts blanked, same length), and every annotation's start/end is an offset into `text`.
 */
export interface AnnotatedSentence {
  /** Position in the document, counting all sentences. */
  index: number;
  paragraph: number;
  /** Offsets into the document body. */
  start: number;
  end: number;
  text: string;
  lang: Language;
  money: Money[];
  percents: PercentChange[];
  multipliers: Multiplier[];
  numbers: BareNumber[];
  /** Found when first read. */
  readonly times: TimeExpression[];
  parties: PartyMention[];
}

/** The document around a sentence: what recognizers may consult beyond the sentence itself. */
export interface DocumentContext {
  doc: string;
  body: string;
  /** Title from front matter or the page, if any. */
  title: string | null;
  /** Publication date ("2021-05-14", "2021"), the anchor of relative time. */
  refDate: string | null;
  lang: Language;
  sentences: AnnotatedSentence[];
  /** Parties of the title (offsets into the title). */
  titleParties: PartyMention[];
  /** Where a wire story was filed ("MINSK, 25 August (BelTA) –"); its mentions are not parties. */
  dateline: { place: string; party: Party | null } | null;
  /** Canonical fact name of a party ("Gomel Region", "Belarus"). */
  nameOf(party: Party): string;
  /** The state a party belongs to (itself for a state), or null. */
  homeState(party: Party): Party | null;
  /** A gazetteer party by its id, or null. */
  partyById(id: string): Party | null;
}

/**
 * What a recognizer emits: a fact in the interchange format without `doc`, `quote` and with
 * `start`/`end` relative to the sentence text; the pipeline fills in the rest.
 */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type FactDraft = DistributiveOmit<FactInput, 'doc' | 'quote'>;

export type Recognizer = (sentence: AnnotatedSentence, context: DocumentContext) => FactDraft[];
