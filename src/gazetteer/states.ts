import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { PartyInput } from '../domain/party.ts';

// i18n-iso-countries is CommonJS and loads its locales from JSON.
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

const dataUrl = (file: string) => new URL(`./data/${file}`, import.meta.url);

/** Our corrections to the library's names: a short news name, a short Russian name, extra aliases. */
export interface StateOverride {
  name?: string;
  nameRu?: string;
  aliases?: string[];
}
export type StateOverrides = Record<string, StateOverride>;

/**
 * Adjectives for a state, field-free (data/demonyms.json). `en` holds whole words
 * ("Belarusian"), `ru` holds stems that every case form starts with ("белорусск").
 * An item ending in "-" is the first half of a compound ("Sino-", "белорусско-").
 * Sources: English from the "List of adjectival and demonymic forms for countries and nations"
 * (Wikipedia) and the CIA World Factbook's nationality adjectives; Russian from the adjectives
 * of the Russian spelling dictionary (Лопатин, Русский орфографический словарь). Ambiguous forms
 * ("корейский", "Congolese", "Dominican") are left out on purpose.
 */
export interface DemonymEntry {
  en: string[];
  ru: string[];
}
export interface Demonyms {
  /** Whole English adjectives, e.g. "Belarusian". */
  en: string[];
  /** Russian stems, e.g. "белорусск". */
  ru: string[];
  /** First halves of English compounds with the hyphen, e.g. "Sino-", "Belarusian-". */
  enPrefixes: string[];
  /** First halves of Russian compounds with the hyphen, e.g. "белорусско-". */
  ruPrefixes: string[];
}

export function loadStateOverrides(): StateOverrides {
  return JSON.parse(readFileSync(dataUrl('states.json'), 'utf8')) as StateOverrides;
}

/** Raw demonym lists keyed by alpha-2 code, as stored. */
export function loadDemonymEntries(): Record<string, DemonymEntry> {
  return JSON.parse(readFileSync(dataUrl('demonyms.json'), 'utf8')) as Record<string, DemonymEntry>;
}

/** Demonyms keyed by alpha-2 code, with compound first halves split from the adjectives. */
export function loadDemonyms(): Map<string, Demonyms> {
  const out = new Map<string, Demonyms>();
  for (const [code, entry] of Object.entries(loadDemonymEntries())) {
    const isPrefix = (s: string) => s.endsWith('-');
    out.set(code, {
      en: entry.en.filter((s) => !isPrefix(s)),
      ru: entry.ru.filter((s) => !isPrefix(s)),
      enPrefixes: entry.en.filter(isPrefix),
      ruPrefixes: entry.ru.filter(isPrefix),
    });
  }
  return out;
}

/**
 * A library name made fit for a gazetteer: "Moldova, Republic of" -> "Moldova",
 * "Micronesia, Federated States of" -> "Micronesia", "Falkland Islands (Malvinas)" ->
 * "Falkland Islands". Other comma forms ("Virgin Islands, British") are left as they are.
 */
export function cleanName(raw: string): string {
  let s = raw.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const inverted = /^([^,]+),\s*(.+\bof(?: the)?)$/.exec(s);
  if (inverted) s = inverted[1].trim();
  return s;
}

/** An abbreviation rather than a name: "USA", "U.S.", "ОАЭ". */
export function isAbbreviation(s: string): boolean {
  return /^[\p{Lu}.]+$/u.test(s.replace(/\s/g, ''));
}

/**
 * The name news would use among the library's forms: no inverted comma forms, no
 * abbreviations when a word form exists, then the shortest (ties: the library's order).
 * ["People's Republic of China", "China"] -> "China".
 */
export function pickCanonicalName(names: readonly string[]): string {
  const cleaned = [...new Set(names.map(cleanName).filter(Boolean))];
  if (cleaned.length === 0) throw new Error('pickCanonicalName: no names');
  // An un-inverted "Korea, Republic of" lost its qualifier: use it only when nothing else is there.
  const plain = [...new Set(names.filter((n) => !n.includes(',')).map(cleanName).filter(Boolean))];
  const tiers = [
    plain.filter((n) => !isAbbreviation(n)),
    cleaned.filter((n) => !isAbbreviation(n)),
    cleaned,
  ];
  const pool = tiers.find((t) => t.length > 0) ?? cleaned;
  return pool.reduce((best, n) => (n.length < best.length ? n : best));
}

/** Aliases from the library worth keeping: no comma forms ("Korea, Republic of" is not prose), parentheses dropped. */
function libraryAliases(names: readonly string[]): string[] {
  return names.filter((n) => !n.includes(',')).map(cleanName).filter(Boolean);
}

const fold = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е').trim();

/**
 * Removes aliases that would resolve to more than one entry ("Congo" for both Congos) or
 * that repeat the entry's own name. Names are never removed.
 */
export function dropAmbiguousAliases<T extends { id: string; name: string; nameRu: string; aliases?: string[] }>(
  entries: readonly T[],
): T[] {
  const owners = new Map<string, Set<string>>();
  const own = (key: string, id: string) => {
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  for (const e of entries) {
    own(fold(e.name), e.id);
    own(fold(e.nameRu), e.id);
    for (const a of e.aliases ?? []) own(fold(a), e.id);
  }
  return entries.map((e) => {
    // Exact-case-insensitive for repeats, so both "ё" and "е" spellings survive.
    const seen = new Set([e.name.toLowerCase(), e.nameRu.toLowerCase()]);
    const aliases = (e.aliases ?? []).filter((a) => {
      const k = a.toLowerCase();
      if (seen.has(k) || (owners.get(fold(a))?.size ?? 0) > 1) return false;
      seen.add(k);
      return true;
    });
    return { ...e, aliases };
  });
}

/**
 * Every ISO 3166-1 state (as i18n-iso-countries lists them, id = alpha-2) with a short
 * English and Russian name and aliases in both languages; data/states.json overrides.
 */
export function buildStates(overrides: StateOverrides = loadStateOverrides()): PartyInput[] {
  const states = Object.keys(countries.getAlpha2Codes()).map((code) => {
    const en = countries.getName(code, 'en', { select: 'all' }) ?? [code];
    const ru = countries.getName(code, 'ru', { select: 'all' }) ?? [code];
    const o = overrides[code] ?? {};
    const name = o.name ?? pickCanonicalName(en);
    const nameRu = o.nameRu ?? pickCanonicalName(ru);
    return {
      id: code,
      kind: 'state' as const,
      name,
      nameRu,
      code,
      aliases: [...(o.aliases ?? []), ...libraryAliases(en), ...libraryAliases(ru)],
      source: 'ISO 3166-1 via i18n-iso-countries; short names and aliases: OKSM (Russian classifier of countries) and UN terminology',
    };
  });
  return dropAmbiguousAliases(states);
}
