import type { FactDraft, Recognizer } from '../sentence.ts';

/** Target facts (DESIGN.md fact format, type "target"). */
export const recognizeTarget: Recognizer = (_sentence, _context): FactDraft[] => [];
