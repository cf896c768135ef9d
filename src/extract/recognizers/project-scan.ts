/** What the project grammar works on: a sentence's tokens and annotations, and its clauses. */
import type { AnnotatedSentence } from '../sentence.ts';
import type { Tok } from './event-tokens.ts';

export interface Scan {
  s: AnnotatedSentence;
  text: string;
  toks: Tok[];
  ru: boolean;
  /** Companies named by their legal form, by clause (project-sides.ts makes and fills it). */
  companies: Map<number, string[]> | null;
}

export interface Clause { start: number; end: number }
