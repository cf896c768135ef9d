import type { FactDraft, Recognizer } from '../sentence.ts';

/** Document facts (DESIGN.md fact format, type "document"). */
export const recognizeDocument: Recognizer = (_sentence, _context): FactDraft[] => [];
