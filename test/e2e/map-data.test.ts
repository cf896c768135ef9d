// The committed map layer (scripts/build-regions-topojson.ts): small, and every shape is a party
// the gazetteer knows, so a click on the map always opens a profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadGazetteer } from '../../src/gazetteer/load.ts';

const file = fileURLToPath(new URL('../../web/public/regions.topo.json', import.meta.url));
type Props = { name?: string; nameRu?: string; country?: string };

test('regions.topo.json: countries and first-level regions keyed by gazetteer ids, in under 300 KiB', () => {
  assert.ok(statSync(file).size < 300 * 1024, `${statSync(file).size} bytes`);
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<Props>; regions: GeometryCollection<Props> }>;
  const known = new Map(loadGazetteer().map((p) => [p.id, p]));

  const countries = topo.objects.countries.geometries.map((g) => String(g.id));
  for (const id of ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ']) assert.ok(countries.includes(id), id);
  for (const id of countries) assert.equal(known.get(id)?.kind, 'state', `country ${id}`);

  const perState = new Map<string, number>();
  for (const g of topo.objects.regions.geometries) {
    const id = String(g.id);
    const props = (g.properties ?? {}) as Props;
    const party = known.get(id);
    // Cities of regional rank (Minsk, Moscow, Astana) are cities in the gazetteer.
    assert.ok(party && ['region', 'city'].includes(party.kind), `region ${id}: ${party?.kind}`);
    assert.equal(party?.parentId, props.country, `${id} lies in ${props.country}`);
    assert.equal(props.nameRu, party?.nameRu);
    perState.set(props.country!, (perState.get(props.country!) ?? 0) + 1);
  }
  assert.deepEqual(Object.fromEntries(perState), { BY: 7, RU: 83, KZ: 16, UZ: 14 });
});
