import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Adjectives that name a state, per party id: English words ("Belarusian", "Kazakh") and
 * Russian stems matched as prefixes ("белорусск" covers белорусский, белорусско-...).
 */
export type Demonyms = Record<string, { en?: string[]; ru?: string[] }>;

const demonymFile = fileURLToPath(new URL('./data/demonyms.json', import.meta.url));

/** Read data/demonyms.json; an absent file means no adjectives (the finder still works). */
export function loadDemonyms(file: string = demonymFile): Demonyms {
  if (!existsSync(file)) return {};
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file}: expected an object keyed by party id`);
  }
  const out: Demonyms = {};
  for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (v === null || typeof v !== 'object') throw new Error(`${file}: ${id}: expected {en, ru}`);
    const { en, ru } = v as { en?: unknown; ru?: unknown };
    const strings = (x: unknown, lang: string): string[] => {
      if (x === undefined) return [];
      if (!Array.isArray(x) || x.some((s) => typeof s !== 'string')) throw new Error(`${file}: ${id}.${lang}: expected strings`);
      return x as string[];
    };
    out[id] = { en: strings(en, 'en'), ru: strings(ru, 'ru') };
  }
  return out;
}
