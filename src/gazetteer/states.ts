import { createRequire } from 'node:module';
import type { PartyInput } from '../domain/party.ts';

// i18n-iso-countries is CommonJS and loads its locales from JSON.
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

/** Every ISO 3166-1 state with English and Russian names (placeholder: overrides come in data/states.json). */
export function buildStates(): PartyInput[] {
  return Object.keys(countries.getAlpha2Codes()).map((code) => {
    const en = countries.getName(code, 'en', { select: 'all' }) ?? [code];
    const ru = countries.getName(code, 'ru', { select: 'all' }) ?? [code];
    return {
      id: code,
      kind: 'state',
      name: en[en.length - 1],
      nameRu: ru[ru.length - 1],
      code,
      aliases: [...en.slice(0, -1), ...ru.slice(0, -1)],
      source: 'ISO 3166-1 via i18n-iso-countries',
    };
  });
}
