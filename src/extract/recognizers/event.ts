import type { FactDraft, Recognizer } from '../sentence.ts';

/** Event facts (DESIGN.md fact format, type "event"). */
export const recognizeEvent: Recognizer = (_sentence, _context): FactDraft[] => [];
