import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Party, type PartyInput } from '../domain/party.ts';
import { buildStates } from './states.ts';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

function readEntries(file: string): PartyInput[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of parties`);
  return parsed as PartyInput[];
}

/**
 * Every party the gazetteer knows: states (ISO 3166-1, from i18n-iso-countries plus our
 * overrides), blocs and bodies, regions per state, cities, enterprises and institutions.
 * Validated against the domain schema; a duplicate id is a data error.
 */
export function loadGazetteer(): Party[] {
  const inputs: PartyInput[] = [...buildStates()];
  for (const name of ['blocs.json', 'cities.json', 'organizations.json']) {
    inputs.push(...readEntries(join(dataDir, name)));
  }
  const regionDir = join(dataDir, 'regions');
  for (const name of readdirSync(regionDir).filter((f) => f.endsWith('.json')).sort()) {
    inputs.push(...readEntries(join(regionDir, name)));
  }
  const seen = new Set<string>();
  return inputs.map((input) => {
    const party = Party.parse(input);
    if (seen.has(party.id)) throw new Error(`gazetteer: duplicate party id ${party.id}`);
    seen.add(party.id);
    return party;
  });
}
