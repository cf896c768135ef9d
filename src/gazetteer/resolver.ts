/**
 * Party resolver: one surface mention ("Гомельской области", "the Sakhalin region", "РФ")
 * to ranked gazetteer parties. Issue "Foundation".
 *
 * Order of evidence: exact or inflected name (trie over word forms), then a dictionary lemma
 * (az, when given), then a transliteration skeleton, then one edit on long names. Each later
 * step runs only when the earlier ones found nothing, and scores lower.
 */
import type { Party, PartyKind } from '../domain/party.ts';
import { loadGazetteer } from './load.ts';
import { loadDemonyms, type Demonyms } from './demonyms.ts';
import type { Morphology } from './morphology.ts';
import { buildDemonymIndex, type DemonymIndex } from './demonym-index.ts';
import {
  buildNameIndex,
  entryScore,
  kindFactor,
  kindPrior,
  toWalkToken,
  walk,
  type IndexEntry,
  type NameIndex,
  type WalkHit,
  type WalkOptions,
  type WalkToken,
} from './name-index.ts';
import { editDistance, deletions, foldText, head3, isCyrillic, skeleton, tokenize, type KindClass } from './normalize-name.ts';

export interface PartyMatch {
  party: Party;
  /** 0..1; 1 is the canonical name written exactly. */
  score: number;
  /** How it matched and through which surface: "alias:Gomel Oblast", "inflected:Гомельская область". */
  matchedBy: string;
}

export interface ResolveOptions {
  limit?: number;
  kinds?: PartyKind[];
}

export interface Resolver {
  resolve(text: string, opts?: ResolveOptions): PartyMatch[];
  readonly parties: readonly Party[];
  readonly byId: ReadonlyMap<string, Party>;
  /** The compiled names; the mention finder walks it. */
  readonly index: NameIndex;
  /** Adjectives naming states (party id -> words), as given at creation, and compiled. */
  readonly demonyms: Demonyms;
  readonly demonymIndex: DemonymIndex;
  readonly morphology: Morphology | null;
}

export interface ResolverOptions {
  demonyms?: Demonyms;
  /** Russian morphology (initMorphology()); without it regular inflection still resolves. */
  morphology?: Morphology | null;
}

const CODE_RE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const SCORE_TRANSLIT = 0.85;
const SCORE_FUZZY_1 = 0.75;
const SCORE_FUZZY_2 = 0.65;

/** Words whose dictionary readings a resolver keeps; past this the memory starts afresh. */
const MORPHOLOGY_MEMORY = 50_000;

/**
 * The same answers, remembered per word: a dictionary look-up costs more than the rest of
 * finding names in a sentence, and texts repeat their capitalized words.
 */
function remembering(morphology: Morphology): Morphology {
  const lemmas = new Map<string, readonly string[]>();
  const common = new Map<string, boolean>();
  return {
    lemmas(word) {
      let known = lemmas.get(word);
      if (!known) {
        if (lemmas.size >= MORPHOLOGY_MEMORY) lemmas.clear();
        known = morphology.lemmas(word);
        lemmas.set(word, known);
      }
      return [...known];
    },
    isCommonWord(word) {
      let known = common.get(word);
      if (known === undefined) {
        if (common.size >= MORPHOLOGY_MEMORY) common.clear();
        known = morphology.isCommonWord(word);
        common.set(word, known);
      }
      return known;
    },
  };
}

/**
 * The same index behind a cheap test. An adjective is found at a word only through a first
 * word (or stem) of at least three letters that begins the word, so a word whose first three
 * letters begin no demonym's first word has none: most words, each of which would otherwise
 * cost a look-up per prefix length.
 */
function guarded(index: DemonymIndex, demonyms: Demonyms): DemonymIndex {
  const heads = new Set<number>();
  for (const { en = [], ru = [] } of Object.values(demonyms)) {
    for (const w of [...en, ...ru]) {
      const first = tokenize(w.trim().replace(/-$/, ''))[0]?.norm;
      if (first && first.length >= 3) heads.add(head3(first));
    }
  }
  return {
    at(norms, i) {
      const norm = norms[i];
      if (norm.length < 3 || !heads.has(head3(norm))) return null;
      return index.at(norms, i);
    },
  };
}

/** Compile a resolver over parties (synchronous; pass a loaded morphology to use az). */
export function createResolver(parties: readonly Party[], opts: ResolverOptions = {}): Resolver {
  const demonyms = opts.demonyms ?? {};
  // Guarded once here: withMorphology reassembles with the same index, which must not be wrapped again.
  return assemble(parties, buildNameIndex(parties), demonyms, guarded(buildDemonymIndex(demonyms), demonyms), opts.morphology ?? null);
}

/** The same compiled resolver with morphology attached (az loads after the index is built). */
export function withMorphology(resolver: Resolver, morphology: Morphology | null): Resolver {
  return assemble(resolver.parties, resolver.index, resolver.demonyms, resolver.demonymIndex, morphology);
}

function assemble(
  parties: readonly Party[],
  index: NameIndex,
  demonyms: Demonyms,
  demonymIndex: DemonymIndex,
  morphology: Morphology | null,
): Resolver {
  const isAdjective = demonymTest(demonyms);
  morphology = morphology && remembering(morphology);
  return {
    parties,
    byId: index.byId,
    index,
    demonyms,
    demonymIndex,
    morphology,
    resolve(text, ropts) {
      // "Республика Саха (Якутия)": the main text and the bracketed variant are both names.
      const parts = text.includes('(')
        ? [text.replace(/\([^)]*\)/g, ' '), ...[...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1])]
        : [text];
      if (parts.length === 1) return resolveWith(index, morphology, isAdjective, text, ropts);
      const merged = new Map<string, PartyMatch>();
      for (const part of parts) {
        for (const m of resolveWith(index, morphology, isAdjective, part, ropts)) {
          const prev = merged.get(m.party.id);
          if (!prev || prev.score < m.score) merged.set(m.party.id, m);
        }
      }
      return [...merged.values()].sort((a, b) => b.score - a.score).slice(0, ropts?.limit ?? 10);
    },
  };
}

/** The resolver over the shipped gazetteer and demonyms; with az morphology unless disabled. */
export async function createGazetteerResolver(opts: { morphology?: boolean } = {}): Promise<Resolver> {
  const { initMorphology } = await import('./morphology.ts');
  const morphology = opts.morphology === false ? null : await initMorphology();
  return createResolver(loadGazetteer(), { demonyms: loadDemonyms(), morphology });
}

type Method = 'name' | 'alias' | 'inflected' | 'lemma' | 'translit' | 'fuzzy' | 'code';

interface Candidate {
  party: Party;
  score: number;
  method: Method;
  surface: string;
}

function describe(entry: IndexEntry, consumed: string): Method {
  if (consumed !== entry.exact) return 'inflected';
  return entry.via;
}

/** A test for words that are adjectives of a state ("Kazakh", "белорусский"): never fuzzy-matched. */
export function demonymTest(demonyms: Demonyms): (norm: string) => boolean {
  const en = new Set<string>();
  const ru: string[] = [];
  for (const { en: e = [], ru: r = [] } of Object.values(demonyms)) {
    for (const w of e) en.add(foldText(w.replace(/-$/, '')));
    for (const w of r) ru.push(foldText(w.replace(/-$/, '')));
  }
  return (norm) => en.has(norm) || en.has(norm.replace(/s$/, '')) || ru.some((stem) => norm.startsWith(stem));
}

/** Best candidate per party; a class so the hot path allocates no closures. */
class Collector {
  readonly best = new Map<string, Candidate>();
  constructor(private readonly kinds: ReadonlySet<PartyKind> | null) {}

  offer(party: Party, score: number, method: Method, surface: string): void {
    if (score <= 0 || (this.kinds && !this.kinds.has(party.kind))) return;
    const prev = this.best.get(party.id);
    if (!prev || prev.score < score) this.best.set(party.id, { party, score, method, surface });
  }

  /** Entries at the terminals of walks that consumed all `count` tokens. */
  offerHits(hits: readonly WalkHit[], count: number, mode: 'core' | 'full', queryKind: KindClass | null, lemma: boolean): void {
    for (const hit of hits) {
      if (hit.end !== count) continue;
      for (const entry of hit.node.entries) {
        if (mode === 'core' ? entry.mode === 'full' : entry.mode !== 'full') continue;
        const score = entryScore(entry, hit.consumed, hit.factor, queryKind);
        this.offer(entry.party, score, lemma ? 'lemma' : describe(entry, hit.consumed), entry.surface);
      }
    }
  }

  ranked(limit: number): PartyMatch[] {
    return [...this.best.values()]
      .sort((a, b) => b.score - a.score || (a.party.id < b.party.id ? -1 : 1))
      .slice(0, limit)
      .map((c) => ({
        party: c.party,
        score: Math.round(c.score * 1000) / 1000,
        matchedBy: c.method === 'name' || c.method === 'code' ? c.method : `${c.method}:${c.surface}`,
      }));
  }
}

function resolveWith(
  index: NameIndex,
  morph: Morphology | null,
  isAdjective: (norm: string) => boolean,
  text: string,
  opts: ResolveOptions = {},
): PartyMatch[] {
  const limit = opts.limit ?? 10;
  const found = new Collector(opts.kinds ? new Set(opts.kinds) : null);

  const trimmed = text.trim();
  const coded = CODE_RE.test(trimmed) ? index.codes.get(trimmed) : undefined;
  if (coded) found.offer(coded, 0.97, 'code', trimmed);

  const words: WalkToken[] = [];
  for (const t of tokenize(trimmed)) {
    const w = toWalkToken(t);
    if (!w.noise) words.push(w);
  }
  // A query made only of kind words ("Republic") is taken literally.
  const firstKind = words.find((t) => t.kind !== null);
  const queryKind: KindClass | null = firstKind && words.some((t) => t.kind === null) ? firstKind.kind : null;
  const core: WalkToken[] = queryKind ? words.filter((t) => t.kind === null) : words.map((t) => (t.kind ? { ...t, kind: null } : t));
  if (core.length === 0) return found.ranked(limit);

  found.offerHits(walk(index.root, core, 0, CORE_WALK), core.length, 'core', queryKind, false);
  // Names that keep their kind word ("Kyrgyz Republic", "Republic of Belarus"): walk it as written.
  if (queryKind) found.offerHits(walk(index.root, words, 0, FULL_WALK), words.length, 'full', queryKind, false);

  if (found.best.size === 0 && morph && core.some((t) => isCyrillic(t.norm))) {
    const extra = core.map((t) => (isCyrillic(t.norm) ? morph.lemmas(t.norm).map(foldText) : []));
    if (extra.some((e) => e.length > 0)) {
      const hits = walk(index.root, core, 0, { ...CORE_WALK, extraForms: (i) => extra[i] });
      found.offerHits(hits, core.length, 'core', queryKind, true);
    }
  }
  if (found.best.size > 0) return found.ranked(limit);

  // Adjectives of states are not parties here; keep them away from the loose matches.
  if (core.length === 1 && isAdjective(core[0].norm)) return found.ranked(limit);
  const coreText = core.map((t) => t.norm).join(' ');
  const sk = skeleton(coreText);
  for (const entry of (sk.length >= 4 && index.loose().skeletons.get(sk)) || []) {
    found.offer(entry.party, SCORE_TRANSLIT * kindFactor(queryKind, entry) * kindPrior(entry.party.kind), 'translit', entry.surface);
  }
  if (found.best.size === 0 && coreText.length - core.length + 1 >= FUZZY_MIN) {
    const maxDist = coreText.length >= 12 ? 2 : 1;
    const loose = index.loose();
    const seen = new Set<IndexEntry>();
    for (const key of [coreText, ...deletions(coreText)]) {
      for (const entry of loose.fuzzy.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        if (entry.exact.length < FUZZY_MIN) continue;
        const d = editDistance(coreText, entry.exact, maxDist);
        if (d > maxDist) continue;
        const base = d <= 1 ? SCORE_FUZZY_1 : SCORE_FUZZY_2;
        found.offer(entry.party, base * kindFactor(queryKind, entry) * kindPrior(entry.party.kind), 'fuzzy', entry.surface);
      }
    }
  }
  return found.ranked(limit);
}

const CORE_WALK: WalkOptions = { markers: false, skipNoise: false };
const FULL_WALK: WalkOptions = { markers: true, skipNoise: false };
const FUZZY_MIN = 7;

/** The state a party belongs to, walking parentId (a state is its own home); null if none. */
export function homeStateOf(party: Party, parties: readonly Party[] | ReadonlyMap<string, Party>): Party | null {
  const get = (id: string): Party | undefined =>
    parties instanceof Map ? parties.get(id) : (parties as readonly Party[]).find((p) => p.id === id);
  let cur: Party | undefined = party;
  for (let depth = 0; cur && depth < 8; depth++) {
    if (cur.kind === 'state') return cur;
    cur = cur.parentId ? get(cur.parentId) : undefined;
  }
  return null;
}
