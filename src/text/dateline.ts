/**
 * Wire-copy datelines at the start of an article: "MINSK, 25 August (BelTA) –",
 * "MOSCOW (Sputnik) —", "BISHKEK, Oct 15 (NNN-KNA) –", "ГОМЕЛЬ, 20 ноября. /Новости регионов/."
 * (a place in capitals with a date or an agency). The city there is where the story was
 * filed, not a party to what the story reports.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\-' ]{1,30}?)(?:,\s*(?:\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?)(?:\s+\d{4})?)?(?:\s*\([^()\n]{1,40}\))?(?:\s*[.,]?\s*\/[^/\n]{1,40}\/\.?)?\s*(?:[–—-]{1,2}\s|(?<=\/\.?)\s)/u;

export interface Dateline {
  /** Offsets within the text given. */
  start: number;
  end: number;
  /** The place as written, e.g. "MINSK". */
  place: string;
  placeStart: number;
  placeEnd: number;
}

/** The dateline a paragraph starts with, or null. The place must be written in capitals. */
export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1].trim();
  if (place.length < 3 || place !== place.toUpperCase()) return null;
  // A bare "EAEU - ..." is an acronym opening a sentence; a dateline carries a date or an agency.
  if (!/[,(/]/.test(m[0].slice(m[1].length))) return null;
  return { start: 0, end: m[0].length, place, placeStart: 0, placeEnd: place.length };
}
