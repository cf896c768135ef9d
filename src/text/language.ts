import type { Language } from '../domain/source.ts';
import type { Span } from './span.ts';
import { paragraphs } from './segment.ts';

/**
 * Language by script, not by statistics: statistical detectors (franc and the like) are
 * wrong on short Russian text, and all we need downstream is which sentence rules and
 * which lexicons to use. Latin-script languages (German, French...) count as 'en' on
 * purpose; callers who care can read the ratios.
 */
export interface ScriptStats {
  cyrillic: number;
  latin: number;
  /** Letters of any other script (Greek, Arabic, CJK, Georgian, Armenian...). */
  other: number;
  /** cyrillic / (cyrillic + latin + other), 0 when there are no letters. */
  cyrillicRatio: number;
  latinRatio: number;
}

/** Fewer letters than this and a text has no language of its own. */
export const MIN_LETTERS = 3;

export function scriptStats(text: string, start = 0, end = text.length): ScriptStats {
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c < 0xc0) continue;
    else if (c >= 0x400 && c <= 0x52f) cyrillic++;
    else if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) {
      // Latin-1 and Latin Extended letters; skip the two arithmetic signs in that block.
      if (c !== 0xd7 && c !== 0xf7) latin++;
    } else if (isOtherLetter(c)) other++;
  }
  const letters = cyrillic + latin + other;
  return {
    cyrillic,
    latin,
    other,
    cyrillicRatio: letters ? cyrillic / letters : 0,
    latinRatio: letters ? latin / letters : 0,
  };
}

/** Letters of scripts we do not read: Greek, Armenian, Hebrew, Arabic, Georgian, CJK, Hangul... */
function isOtherLetter(c: number): boolean {
  return (
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x530 && c <= 0x8ff) ||
    (c >= 0x900 && c <= 0xdff) ||
    (c >= 0x10a0 && c <= 0x10ff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/**
 * 'ru' when Cyrillic letters are at least half of the letters (Russian text keeps Latin
 * brand names and URLs, so the bar is not higher); 'en' when Latin letters are; 'other'
 * when another script dominates or there are too few letters to say.
 * Belarusian and Ukrainian, also Cyrillic, come out as 'ru': the closest rules we have.
 */
export function scriptLanguage(text: string, start = 0, end = text.length): Language {
  const s = scriptStats(text, start, end);
  if (s.cyrillic + s.latin + s.other < MIN_LETTERS) return 'other';
  if (s.cyrillicRatio >= 0.5) return 'ru';
  if (s.latinRatio >= 0.5) return 'en';
  if (s.other > s.cyrillic + s.latin) return 'other';
  return s.cyrillic >= s.latin ? 'ru' : 'en';
}

export interface ParagraphLanguage extends Span {
  lang: Language;
  stats: ScriptStats;
}

/** Letters a paragraph needs to decide its own language rather than take the document's. */
export const MIN_PARAGRAPH_LETTERS = 12;

/**
 * Language of each paragraph. Paragraphs too short to judge ("2019", "Фото: ©", a URL
 * line) take the language of the whole body, so one caption does not flip the rules.
 */
export function paragraphLanguages(body: string, spans: Span[] = paragraphs(body)): ParagraphLanguage[] {
  const docLang = scriptLanguage(body);
  return spans.map((p) => {
    const stats = scriptStats(body, p.start, p.end);
    const letters = stats.cyrillic + stats.latin + stats.other;
    const lang = letters >= MIN_PARAGRAPH_LETTERS ? scriptLanguage(body, p.start, p.end) : docLang;
    return { start: p.start, end: p.end, lang, stats };
  });
}
