import type { FactDraft, Recognizer } from '../sentence.ts';

/** Trade facts (DESIGN.md fact format, type "trade"). */
export const recognizeTrade: Recognizer = (_sentence, _context): FactDraft[] => [];
