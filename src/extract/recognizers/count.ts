import type { FactDraft, Recognizer } from '../sentence.ts';

/** Count facts (DESIGN.md fact format, type "count"). */
export const recognizeCount: Recognizer = (_sentence, _context): FactDraft[] => [];
