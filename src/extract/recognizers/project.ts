import type { FactDraft, Recognizer } from '../sentence.ts';

/** Project facts (DESIGN.md fact format, type "project"). */
export const recognizeProject: Recognizer = (_sentence, _context): FactDraft[] => [];
