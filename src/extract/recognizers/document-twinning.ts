/**
 * Enumerated lists of twinned places: "twinning relations have been established between:
 * 1. A and B (2010); 2. C and D (2006); ...", "побратимские связи: 1. А и Б (2010); ...".
 * Each item is a partnership of its own (kind "other"), dated by its year.
 */
import type { AnnotatedSentence, DocumentContext, FactDraft } from '../sentence.ts';
import { partyNames } from './parties-in-context.ts';

/** The sentence must be about twinning or partnership ties between places. */
const TWINNING_RE = /twinn|twin[- ]cit|twin[- ]town|sister[- ]cit|partnership (?:or twinning )?(?:relations|ties)|побратим|партн[её]рские (?:связи|отношения)/iu;
/** "1. Volosovsky and Logoisky (2010)", "2. The towns of A and B (2007, 2016)". */
const ITEM_RE =
  /(?:^|[\s;:])\d{1,2}[.)]\s+(?:(?:the\s+)?(?:towns?|cities|city|districts?|municipalities)\s+of\s+|город[аы]?\s+|район[ы]?\s+)?(\p{Lu}[\p{L}'’.\- ]{1,60}?)\s+(?:and|и)\s+(\p{Lu}[\p{L}'’.\- ]{1,60}?)\s*\(((?:19|20)\d{2})[^)]{0,20}\)/gu;

export function twinningList(sentence: AnnotatedSentence, context: DocumentContext): FactDraft[] {
  const text = sentence.text;
  if (!TWINNING_RE.test(text)) return [];
  const out: FactDraft[] = [];
  for (const m of text.matchAll(ITEM_RE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    const end = m.index! + m[0].length;
    const a = m[1]!.trim();
    const b = m[2]!.trim();
    const parties = sentence.parties.filter((p) => p.start >= start && p.end <= end).map((p) => p.party);
    out.push({
      type: 'document',
      title: `partnership/twinning relations: ${a} - ${b}`,
      kind: 'other',
      parties: partyNames(parties, context),
      date: m[3]!,
      start,
      end,
      confidence: 0.5,
    });
  }
  return out;
}
