/**
 * The compiled form of the gazetteer's names: a trie over normalized word forms that both
 * the resolver (one surface mention) and the mention finder (running text) walk.
 *
 * Every name and alias is inserted twice at most:
 *  - "full": its words with region kind words replaced by a class marker ("Gomel Oblast" ->
 *    gomel §region), so running text can match the whole phrase;
 *  - "core": without the kind words ("gomel"), for subdivisions only, so "Gomel" can reach
 *    Gomel Region (behind the city) and "Ставропольского края" can reach its territory.
 * Russian words are inserted under several forms (see normalize-name.ts), so inflected text
 * meets a nominative name without a dictionary.
 */
import type { Party, PartyKind } from '../domain/party.ts';
import {
  ADJ_MARK,
  KIND_CLASSES,
  NOISE_WORDS,
  canonicalWord,
  deletions,
  foldText,
  head3,
  indexForms,
  kindClassOf,
  kindClassOfSubtype,
  kindCompat,
  looksLikeRussianAdjective,
  queryForms,
  SOFT_STEM_MARK,
  skeleton,
  softInstrumentalStem,
  tokenize,
  type KindClass,
  type Token,
} from './normalize-name.ts';

export type EntryMode = 'both' | 'full' | 'core';

/** One way of writing one party, as stored at a trie terminal. */
export interface IndexEntry {
  party: Party;
  via: 'name' | 'alias';
  /** The name or alias as the gazetteer writes it. */
  surface: string;
  /** The kind word the surface carries ("Gomel Oblast" -> region), or null. */
  kind: KindClass | null;
  mode: EntryMode;
  /** The normalized word sequence of this path (kind words as markers): exact-match test. */
  exact: string;
  /** The core is a Russian adjective ("Гомельская" [область]): not a name on its own in text. */
  adjectiveCore: boolean;
  /** Written in capitals (EAEU, РФ): running text must write it in capitals too. */
  upper: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: IndexEntry[];
}

/** Indexes for the loose fallbacks, built on the first query that needs them. */
export interface LooseIndex {
  /** Latin skeleton of a core name -> entries (cross-script and transliteration variants). */
  skeletons: Map<string, IndexEntry[]>;
  /** Core name and its one-deletion variants (names of 7+ letters) -> entries. */
  fuzzy: Map<string, IndexEntry[]>;
}

export interface NameIndex {
  root: TrieNode;
  /**
   * head3() of every first-step key of `root` with three or more units: a word form whose head
   * is not here (and that is that long) starts no name, without a look-up in the large root map.
   */
  rootHeads: ReadonlySet<number>;
  /**
   * False when no form of `word` (a canonical word) can be a first step of `root`, unless as a
   * kind marker: every form of a word (toWalkToken: the word, stems cut from its end, marked or
   * not) begins as the word does, so a word that begins as no first-step key does takes none.
   * Asked before building a walk token, which most words would need for nothing.
   */
  mayStartName(word: string): boolean;
  /** Skeleton and edit-distance indexes; most queries never need them, so they are lazy. */
  loose(): LooseIndex;
  /** ISO codes ("BY", "BY-HO") -> party. */
  codes: Map<string, Party>;
  byId: Map<string, Party>;
}

export const MARK = '§';
const MAX_PATHS = 64;
const FUZZY_MIN = 7;
const SUBDIVISION_KINDS: ReadonlySet<PartyKind> = new Set(['region', 'district', 'city']);

/** A query word prepared for walking. */
export interface WalkToken {
  norm: string;
  forms: string[];
  /** A less likely reading ("Казанью" as Казань), taken at a small penalty; null when none. */
  weakForm: string | null;
  kind: KindClass | null;
  noise: boolean;
}

export function toWalkToken(t: Pick<Token, 'norm'>): WalkToken {
  const norm = canonicalWord(t.norm);
  const forms = queryForms(norm);
  return { norm, forms, weakForm: softInstrumentalStem(norm), kind: kindClassOf(norm, forms), noise: NOISE_WORDS.has(norm) };
}

function isMarker(s: string): boolean {
  return s.startsWith(MARK);
}

/** Split "Республика Адыгея (Адыгея)" into its main text and the parenthesized variant. */
function surfaceVariants(surface: string): string[] {
  const out: string[] = [];
  const main = surface.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (main) out.push(main);
  for (const m of surface.matchAll(/\(([^)]*)\)/g)) {
    const inner = m[1].trim();
    if (inner && !/^(i\.e\.|e\.g\.|см\.|т\.е\.)/i.test(inner)) out.push(inner);
  }
  return out;
}

/** The normalized word sequence of a name: noise dropped, kind words as markers. */
export function nameSequence(surface: string): string[] {
  const words = tokenize(surface).map((t) => canonicalWord(t.norm));
  const kept = words.filter((w) => !NOISE_WORDS.has(w));
  const seq = kept.length > 0 ? kept : words;
  const marked = seq.map((w) => {
    const k = kindClassOf(w);
    return k ? MARK + k : w;
  });
  // A name made only of kind words ("Republic") is taken literally.
  return marked.every(isMarker) ? seq : marked;
}

function isUpperAbbreviation(surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function formPaths(seq: string[]): string[][] {
  let paths: string[][] = [[]];
  for (const w of seq) {
    const forms = isMarker(w) ? [w] : indexForms(w);
    const next: string[][] = [];
    for (const p of paths) for (const f of forms) next.push([...p, f]);
    // Long inflected names: keep the nominative path for the tail rather than exploding.
    paths = next.length <= MAX_PATHS ? next : paths.map((p) => [...p, w]);
  }
  return paths;
}

function insert(root: TrieNode, path: string[], entry: IndexEntry): void {
  let node = root;
  for (const key of path) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), entries: [] };
      node.next.set(key, child);
    }
    node = child;
  }
  if (!node.entries.some((e) => e.party === entry.party && e.mode === entry.mode && e.kind === entry.kind)) {
    node.entries.push(entry);
  } else {
    // Keep the better-credentialed entry (name over alias) for this party on this path.
    const i = node.entries.findIndex((e) => e.party === entry.party && e.mode === entry.mode && e.kind === entry.kind);
    if (entry.via === 'name' && node.entries[i].via === 'alias') node.entries[i] = entry;
  }
}

function pushTo<K>(m: Map<K, IndexEntry[]>, k: K, e: IndexEntry): void {
  const list = m.get(k);
  if (!list) m.set(k, [e]);
  else if (!list.some((x) => x.party === e.party)) list.push(e);
}

/** Compile parties into the index. */
export function buildNameIndex(parties: readonly Party[]): NameIndex {
  const root: TrieNode = { next: new Map(), entries: [] };
  const looseEntries: [IndexEntry, string][] = [];
  const codes = new Map<string, Party>();
  const byId = new Map<string, Party>();
  const looseSeen = new Set<string>();

  for (const party of parties) {
    byId.set(party.id, party);
    if (party.code) codes.set(party.code.toUpperCase(), party);
    const surfaces: { text: string; via: 'name' | 'alias' }[] = [
      ...surfaceVariants(party.name).map((text) => ({ text, via: 'name' as const })),
      ...surfaceVariants(party.nameRu).map((text) => ({ text, via: 'name' as const })),
      ...party.aliases.flatMap((a) => surfaceVariants(a).map((text) => ({ text, via: 'alias' as const }))),
    ];
    const seen = new Set<string>();
    for (const { text, via } of surfaces) {
      const seq = nameSequence(text);
      if (seq.length === 0) continue;
      const key = seq.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const core = seq.filter((w) => !isMarker(w));
      const kind = (seq.find(isMarker)?.slice(MARK.length) as KindClass | undefined) ?? null;
      const last = core[core.length - 1];
      const adjectiveCore = looksLikeRussianAdjective(last);
      const base = { party, via, surface: text, adjectiveCore, upper: isUpperAbbreviation(text) };
      const subdivision = SUBDIVISION_KINDS.has(party.kind);

      if (core.length === seq.length) {
        const entry: IndexEntry = { ...base, kind: null, mode: 'both', exact: key };
        for (const p of formPaths(seq)) insert(root, p, entry);
        if (party.kind === 'city') {
          // "г. Минск", "Minsk city", "city of Minsk".
          const cityEntry: IndexEntry = { ...entry, kind: 'city', mode: 'full' };
          for (const p of formPaths([MARK + 'city', ...seq])) insert(root, p, { ...cityEntry, exact: [MARK + 'city', ...seq].join(' ') });
          for (const p of formPaths([...seq, MARK + 'city'])) insert(root, p, { ...cityEntry, exact: [...seq, MARK + 'city'].join(' ') });
        }
        indexLoose(entry, core.join(' '));
      } else {
        const full: IndexEntry = { ...base, kind, mode: 'full', exact: key };
        for (const p of formPaths(seq)) insert(root, p, full);
        if (subdivision && core.length > 0) {
          const coreEntry: IndexEntry = { ...base, kind, mode: 'core', exact: core.join(' ') };
          for (const p of formPaths(core)) insert(root, p, coreEntry);
          indexLoose(coreEntry, core.join(' '));
        }
      }
    }
  }
  let loose: LooseIndex | null = null;
  const rootHeads = new Set<number>();
  for (const key of root.next.keys()) if (key.length >= 3) rootHeads.add(head3(key));
  // How first-step keys begin, their stem marks cut: by head3() when three units or longer,
  // else whole (a word then begins with one of them).
  const startHeads = new Set<number>();
  const shortStarts = new Set<string>();
  for (const key of root.next.keys()) {
    if (isMarker(key)) continue;
    const word = key.endsWith(ADJ_MARK) || key.endsWith(SOFT_STEM_MARK) ? key.slice(0, -1) : key;
    if (word.length >= 3) startHeads.add(head3(word));
    else shortStarts.add(word);
  }
  const mayStartName = (word: string): boolean =>
    (word.length >= 3 && startHeads.has(head3(word))) ||
    (shortStarts.size > 0 && (shortStarts.has(word.slice(0, 1)) || (word.length >= 2 && shortStarts.has(word.slice(0, 2)))));
  return { root, rootHeads, mayStartName, codes, byId, loose: () => (loose ??= buildLoose(looseEntries)) };

  function indexLoose(entry: IndexEntry, coreText: string): void {
    // Several aliases share a core ("Gomel Region", "Gomel Oblast"): index it once per party.
    const seenKey = `${entry.party.id}\u0000${coreText}`;
    if (looseSeen.has(seenKey)) return;
    looseSeen.add(seenKey);
    looseEntries.push([entry, coreText]);
  }
}

function buildLoose(looseEntries: readonly [IndexEntry, string][]): LooseIndex {
  const skeletons = new Map<string, IndexEntry[]>();
  const fuzzy = new Map<string, IndexEntry[]>();
  for (const [entry, coreText] of looseEntries) {
    const sk = skeleton(coreText);
    if (sk.length >= 4) pushTo(skeletons, sk, entry);
    if (coreText.length >= FUZZY_MIN) {
      // Duplicates are harmless here (the resolver verifies each candidate once).
      for (const d of [coreText, ...deletions(coreText)]) {
        const list = fuzzy.get(d);
        if (list) list.push(entry);
        else fuzzy.set(d, [entry]);
      }
    }
  }
  return { skeletons, fuzzy };
}

/** A place the walk reached that holds entries. */
export interface WalkHit {
  /** Index one past the last token consumed. */
  end: number;
  node: TrieNode;
  /** Product of the penalties taken on the way (loose kind words, extra forms). */
  factor: number;
  /** The query's own normalized words on the path (kind words as markers). */
  consumed: string;
}

export interface WalkOptions {
  /** Kind words in the query are matched as class markers (running text); else not expected. */
  markers: boolean;
  /** Noise words inside a phrase are stepped over ("Bosnia and Herzegovina"). */
  skipNoise: boolean;
  /** May token i continue the phrase that token i-1 is in? (punctuation between them) */
  joins?: (i: number) => boolean;
  /** Extra forms for token i (dictionary lemmas), taken at a small penalty. */
  extraForms?: (i: number) => readonly string[] | undefined;
  maxTokens?: number;
  /** Called before token i is read: a caller that builds its tokens lazily builds it here. */
  prepare?: (i: number) => void;
}

interface WalkState {
  node: TrieNode;
  factor: number;
  consumed: string;
}

const NO_HITS: WalkHit[] = [];

/** Penalty for a dictionary lemma of a word. */
const LEMMA_FACTOR = 0.97;
/** Penalty for a word's weak form: enough to put the reading behind a kind or alias difference. */
const WEAK_FORM_FACTOR = 0.95;

/** How many tokens a walk reads at most (unless told otherwise). */
export const WALK_MAX_TOKENS = 14;

/** The trie keys of the kind classes, in KIND_CLASSES order, made once (their hashes too). */
export const MARKER_KEYS: readonly string[] = KIND_CLASSES.map((cls) => MARK + cls);
const MARKER_OF = Object.fromEntries(KIND_CLASSES.map((cls) => [cls, MARK + cls])) as Record<KindClass, string>;

/** Walk the trie from token `start`; every reachable terminal is returned, shortest first. */
export function walk(root: TrieNode, toks: readonly WalkToken[], start: number, opts: WalkOptions): WalkHit[] {
  let hits = NO_HITS;
  let states: WalkState[] = [{ node: root, factor: 1, consumed: '' }];
  const maxEnd = Math.min(toks.length, start + (opts.maxTokens ?? WALK_MAX_TOKENS));
  for (let i = start; i < maxEnd; i++) {
    if (i > start && opts.joins && !opts.joins(i)) break;
    opts.prepare?.(i);
    const tok = toks[i];
    if (tok.noise && opts.skipNoise && i > start) continue;
    const asMarker = tok.kind !== null && opts.markers;
    const mine = asMarker ? MARKER_OF[tok.kind as KindClass] : tok.norm;
    const extra = asMarker ? undefined : opts.extraForms?.(i);
    const next: WalkState[] = [];
    for (const s of states) {
      // Most steps find no child: the path text is built only for one that does.
      let consumed: string | null = null;
      if (asMarker) {
        for (let k = 0; k < KIND_CLASSES.length; k++) {
          const c = kindCompat(tok.kind as KindClass, KIND_CLASSES[k]);
          if (c <= 0) continue;
          const child = s.node.next.get(MARKER_KEYS[k]);
          if (child) step(next, child, s.factor * c, (consumed ??= s.consumed ? s.consumed + ' ' + mine : mine));
        }
      } else {
        for (const f of tok.forms) {
          const child = s.node.next.get(f);
          if (child) step(next, child, s.factor, (consumed ??= s.consumed ? s.consumed + ' ' + mine : mine));
        }
        if (tok.weakForm !== null) {
          const child = s.node.next.get(tok.weakForm);
          if (child) step(next, child, s.factor * WEAK_FORM_FACTOR, (consumed ??= s.consumed ? s.consumed + ' ' + mine : mine));
        }
        if (extra) {
          for (const f of extra) {
            const child = s.node.next.get(f);
            if (child) step(next, child, s.factor * LEMMA_FACTOR, (consumed ??= s.consumed ? s.consumed + ' ' + mine : mine));
          }
        }
      }
    }
    if (next.length === 0) break;
    states = next;
    let open = false;
    for (const s of states) {
      if (s.node.entries.length > 0) {
        if (hits === NO_HITS) hits = [];
        hits.push({ end: i + 1, node: s.node, factor: s.factor, consumed: s.consumed });
      }
      if (s.node.next.size > 0) open = true;
    }
    // Where every path ends here (most single words of a name), no later token can step:
    // stop before reading the next one, which a lazy caller would build for nothing.
    if (!open) break;
  }
  return hits;
}

/** Add a walk state for child (if any), keeping the better factor when two paths meet. */
function step(next: WalkState[], child: TrieNode | undefined, factor: number, consumed: string): void {
  if (!child) return;
  for (const s of next) {
    if (s.node === child) {
      if (s.factor < factor) s.factor = factor;
      return;
    }
  }
  next.push({ node: child, factor, consumed });
}

const KIND_PRIOR: Record<PartyKind, number> = {
  state: 1,
  bloc: 1,
  organisation: 0.99,
  enterprise: 0.985,
  institution: 0.985,
  city: 0.985,
  region: 0.975,
  district: 0.96,
};

/** When the text names nothing else, states outrank cities, cities outrank regions. */
export function kindPrior(kind: PartyKind): number {
  return KIND_PRIOR[kind];
}

/** The kind class a party has by itself (a city is a city; Gomel Region is a region). */
export function inherentKind(party: Party): KindClass | null {
  if (party.kind === 'city') return 'city';
  if (party.kind === 'region' || party.kind === 'district') {
    return kindClassOfSubtype(party.subtype) ?? (party.kind === 'district' ? 'district' : 'region');
  }
  return null;
}

/**
 * How well an entry fits the kind word the query carries (null: none). "Minsk region" puts
 * the city behind the region; a bare "Gomel" reaches Gomel Region only through its core.
 */
export function kindFactor(queryKind: KindClass | null, entry: IndexEntry): number {
  const { party } = entry;
  if (!queryKind) return entry.kind ? (SUBDIVISION_KINDS.has(party.kind) ? 0.93 : 0) : 1;
  if (entry.kind) return kindCompat(queryKind, entry.kind) || 0.55;
  if (party.kind === 'state') return queryKind === 'republic' ? 0.97 : 0.5;
  const own = inherentKind(party);
  return (own && kindCompat(queryKind, own)) || 0.55;
}

/** Score of an entry reached by a walk: exactness, name vs alias, kind fit, kind prior. */
export function entryScore(entry: IndexEntry, consumed: string, walkFactor: number, queryKind: KindClass | null): number {
  const exact = consumed === entry.exact ? 1 : 0.95;
  const via = entry.via === 'name' ? 1 : 0.98;
  return Math.min(1, exact * via * walkFactor * kindFactor(queryKind, entry) * kindPrior(entry.party.kind));
}


