/**
 * Resolver throughput: 100,000 generated mentions (names, aliases, inflected Russian forms,
 * noise words, unknown words) through resolve(), with and without az morphology; and, as a
 * peer in the same run, a naive linear scan over all names with lower-case equality on a
 * 2,000-mention subset. Prints numbers only; no assertions.
 *
 *   npx tsx bench/resolve.ts [--count 100000] [--seed 7]
 */
import { loadGazetteer } from '../src/gazetteer/load.ts';
import { loadDemonyms } from '../src/gazetteer/demonyms.ts';
import { initMorphology } from '../src/gazetteer/morphology.ts';
import { createResolver, withMorphology, type Resolver } from '../src/gazetteer/resolver.ts';
import type { Party } from '../src/domain/party.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const COUNT = arg('count', 100_000);
const SEED = arg('seed', 7);
const BASELINE_COUNT = 2_000;

let peakRss = process.memoryUsage().rss;
const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

/** A plausible oblique-case form of a Russian name, word by word (bench data only). */
function inflectRu(name: string, r: () => number): string {
  const caseNo = Math.floor(r() * 4); // genitive, dative, instrumental, prepositional
  return name
    .split(' ')
    .map((w) => {
      if (/^[А-ЯЁ]{2,}$/.test(w) || !/[а-яё]$/i.test(w)) return w;
      const adj: [RegExp, string[]][] = [
        [/ая$/, ['ой', 'ой', 'ой', 'ой']],
        [/ий$/, ['ого', 'ому', 'им', 'ом']],
        [/ый$/, ['ого', 'ому', 'ым', 'ом']],
        [/ое$/, ['ого', 'ому', 'ым', 'ом']],
      ];
      for (const [re, ends] of adj) if (re.test(w)) return w.replace(re, ends[caseNo]);
      const noun: [RegExp, string[]][] = [
        [/ия$/, ['ии', 'ии', 'ией', 'ии']],
        [/а$/, ['ы', 'е', 'ой', 'е']],
        [/я$/, ['и', 'е', 'ей', 'е']],
        [/ь$/, ['и', 'и', 'ью', 'и']],
        [/й$/, ['я', 'ю', 'ем', 'е']],
        [/[бвгджзклмнпрстфхцчшщ]$/, ['а', 'у', 'ом', 'е']],
      ];
      for (const [re, ends] of noun) {
        if (re.test(w)) return re.source.startsWith('[') ? w + ends[caseNo] : w.replace(re, ends[caseNo]);
      }
      return w;
    })
    .join(' ');
}

const SYLLABLES = ['zor', 'bla', 'qui', 'ven', 'tar', 'mok', 'lis', 'dra', 'gon', 'fel', 'rin', 'tho', 'ska', 'nur'];
const SYLLABLES_RU = ['кра', 'зол', 'мир', 'ток', 'вен', 'лас', 'дор', 'бул', 'ган', 'тис', 'шур', 'пел'];

function unknownWord(r: () => number): string {
  const syl = r() < 0.5 ? SYLLABLES : SYLLABLES_RU;
  const n = 2 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)];
  return w[0].toUpperCase() + w.slice(1) + (r() < 0.3 ? (syl === SYLLABLES ? ' Region' : ' область') : '');
}

function generate(parties: readonly Party[], count: number, seed: number): { text: string; kind: string }[] {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: { text: string; kind: string }[] = [];
  for (let i = 0; i < count; i++) {
    const p = pick(parties);
    const roll = r();
    if (roll < 0.25) out.push({ text: p.name, kind: 'name' });
    else if (roll < 0.45 && p.aliases.length > 0) out.push({ text: pick(p.aliases), kind: 'alias' });
    else if (roll < 0.7) out.push({ text: inflectRu(p.nameRu, r), kind: 'inflected-ru' });
    else if (roll < 0.85) {
      const noisy = r() < 0.5 ? `the ${p.name}` : `в ${inflectRu(p.nameRu, r)}`;
      out.push({ text: noisy, kind: 'noise-words' });
    } else out.push({ text: unknownWord(r), kind: 'unknown' });
  }
  return out;
}

interface Timing {
  perSec: number;
  hits: number;
  ms: number;
  /** Matched count per mention kind. */
  byKind: Map<string, number>;
}

function timeResolver(resolver: Resolver, mentions: readonly { text: string; kind: string }[]): Timing {
  let hits = 0;
  const matched = new Uint8Array(mentions.length);
  const t0 = performance.now();
  for (let i = 0; i < mentions.length; i++) {
    if (resolver.resolve(mentions[i].text, { limit: 3 }).length > 0) {
      hits++;
      matched[i] = 1;
    }
    if ((i & 8191) === 0) sampleRss();
  }
  const ms = performance.now() - t0;
  sampleRss();
  const byKind = new Map<string, number>();
  mentions.forEach((m, i) => byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + matched[i]));
  return { perSec: (mentions.length / ms) * 1000, hits, ms, byKind };
}

/** The peer: every name and alias, lower-cased, compared one by one. */
function naiveResolve(surfaces: readonly { lower: string; party: Party }[], text: string): Party[] {
  const q = text.trim().toLowerCase();
  const out: Party[] = [];
  for (const s of surfaces) if (s.lower === q) out.push(s.party);
  return out;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

let t = performance.now();
const parties = loadGazetteer();
const demonyms = loadDemonyms();
const loadMs = performance.now() - t;
t = performance.now();
const resolver = createResolver(parties, { demonyms });
const buildMs = performance.now() - t;
sampleRss();
t = performance.now();
const morphology = await initMorphology();
const azMs = performance.now() - t;
const resolverAz = withMorphology(resolver, morphology);
sampleRss();

const mentions = generate(parties, COUNT, SEED);
const kinds = new Map<string, number>();
for (const m of mentions) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);

console.log(`gazetteer: ${parties.length} parties, loaded in ${loadMs.toFixed(0)} ms`);
console.log(`createResolver: ${buildMs.toFixed(0)} ms; az dictionaries: ${azMs.toFixed(0)} ms`);
console.log(`mentions: ${fmt(COUNT)} (${[...kinds].map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}), seed ${SEED}`);

// Warm up the JIT on a slice, then time the whole set.
timeResolver(resolver, mentions.slice(0, 2_000));
const plain = timeResolver(resolver, mentions);
console.log(`resolve() without az: ${fmt(plain.perSec)} resolutions/s (${plain.ms.toFixed(0)} ms), matched ${pct(plain.hits, COUNT)}`);
const withAz = timeResolver(resolverAz, mentions);
console.log(`resolve() with az:    ${fmt(withAz.perSec)} resolutions/s (${withAz.ms.toFixed(0)} ms), matched ${pct(withAz.hits, COUNT)}`);
console.log(`  matched by kind (with az): ${[...kinds].map(([k, n]) => `${k} ${pct(withAz.byKind.get(k) ?? 0, n)}`).join(', ')}`);
const showMisses = arg('show-misses', 0);
if (showMisses > 0) {
  const misses = mentions.filter((m) => m.kind !== 'unknown' && resolverAz.resolve(m.text).length === 0);
  const falseHits = mentions.filter((m) => m.kind === 'unknown' && resolverAz.resolve(m.text).length > 0);
  console.log('misses:', [...new Set(misses.map((m) => m.text))].slice(0, showMisses));
  console.log('unknown words that matched:', [...new Set(falseHits.map((m) => `${m.text} -> ${resolverAz.resolve(m.text)[0].party.name}`))].slice(0, showMisses));
}

const surfaces = parties.flatMap((p) => [p.name, p.nameRu, ...p.aliases].map((s) => ({ lower: s.toLowerCase(), party: p })));
const subset = mentions.slice(0, BASELINE_COUNT);
let naiveHits = 0;
t = performance.now();
for (const m of subset) if (naiveResolve(surfaces, m.text).length > 0) naiveHits++;
const naiveMs = performance.now() - t;
const naivePerSec = (BASELINE_COUNT / naiveMs) * 1000;
const sub = timeResolver(resolver, subset);
console.log(
  `peer, naive linear scan over ${fmt(surfaces.length)} names (lower-case equality), ${fmt(BASELINE_COUNT)} mentions: ` +
    `${fmt(naivePerSec)} resolutions/s, matched ${pct(naiveHits, BASELINE_COUNT)}`,
);
console.log(`resolver on the same ${fmt(BASELINE_COUNT)}: ${fmt(sub.perSec)} resolutions/s, matched ${pct(sub.hits, BASELINE_COUNT)}`);
console.log(`ratio resolver/naive: ${(sub.perSec / naivePerSec).toFixed(1)}x faster`);
console.log(`peak rss: ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
