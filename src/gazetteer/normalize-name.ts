/**
 * Text normalization for party names: case and letter folding, tokenization with exact
 * offsets, Russian inflection forms, region kind words, noise words, and a Latin
 * "skeleton" for cross-script and cross-transliteration comparison.
 *
 * Why a hand-written ending stripper rather than Snowball alone: Snowball is built for
 * common words and is inconsistent on proper names (Беларусь -> "белар" but Беларуси ->
 * "беларус"; Могилев -> "могил" but Могилева -> "могилев"). Here both sides of a comparison
 * yield a small set of candidate forms and two words match when the sets meet.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// cyrillic-to-translit-js is CommonJS with a default export function.
const cyrillicToTranslit = require('cyrillic-to-translit-js') as (config?: { preset: 'ru' | 'uk' | 'mn' }) => {
  transform(input: string, spaceReplacement?: string): string;
};
const translitRu = cyrillicToTranslit({ preset: 'ru' });

// Letters of other Cyrillic alphabets that people write in names of the region; folded to
// their Russian look-alikes so "Магілёў", "Қостанай" and "Могилев", "Костанай" meet.
const CYRILLIC_FOLD: Record<string, string> = {
  ё: 'е', ў: 'у', і: 'и', ї: 'и', є: 'е', ґ: 'г', қ: 'к', ғ: 'г', ұ: 'у', ү: 'у', ң: 'н',
  ә: 'а', ө: 'о', һ: 'х', ҳ: 'х', ҷ: 'ч', ӯ: 'у', ӣ: 'и',
};
const CYRILLIC_FOLD_RE = new RegExp(`[${Object.keys(CYRILLIC_FOLD).join('')}]`, 'g');
const LATIN_DIACRITIC_RE = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const LATIN_SPECIAL: Record<string, string> = { ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h' };

// Text already plain after lower-casing needs no folding (the common case, and the fast one).
const PLAIN_RE = /^[a-z0-9а-я\s.,'’-]*$/;

/** Lower-case one word or phrase and fold letter variants (ё/е, Latin diacritics, ў/і/қ...). */
export function foldText(s: string): string {
  // A word of plain Latin or Russian letters (nearly every token) lower-cases into text that
  // PLAIN_RE accepts: decided by char codes, and a word already in lower case is its own fold.
  let upper = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x44f) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45) continue;
    if ((c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f)) {
      upper = true;
      continue;
    }
    return foldSlow(s);
  }
  return upper ? s.toLowerCase() : s;
}

function foldSlow(s: string): string {
  const lower = s.toLowerCase();
  if (PLAIN_RE.test(lower)) return lower;
  return lower
    .replace(CYRILLIC_FOLD_RE, (c) => CYRILLIC_FOLD[c])
    .replace(LATIN_DIACRITIC_RE, (c) => LATIN_SPECIAL[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

const CYRILLIC_RE = /[\u0400-\u04ff]/;
const LATIN_RE = /[a-z]/i;
export function isCyrillic(s: string): boolean {
  // What CYRILLIC_RE tests, by char codes: the mention finder asks it of nearly every word,
  // and a call into the regex engine costs more than this loop over one.
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x400 && c <= 0x4ff) return true;
  }
  return false;
}
export function isLatin(s: string): boolean {
  return LATIN_RE.test(s) && !CYRILLIC_RE.test(s);
}

/** One word of a text with its place in the original string. */
export interface Token {
  /** Offsets into the original string; `end` excludes a possessive "'s". */
  start: number;
  end: number;
  /** The word as written. */
  raw: string;
  /** foldText(raw). */
  norm: string;
  /** The characters between the previous token and this one ("" for the first token). */
  before: string;
}

// A word: letters and digits, with inner apostrophes (d'Ivoire). "р-н" (район) is one word.
// Latin, digits and Cyrillic letters are tried as a small class first: the engine tests a
// character against \p{L} by a search in a long range table, and these are nearly all of them.
const COMMON_LETTER = 'A-Za-z\\u0400-\\u0481\\u048A-\\u04FF';
const WORD_RE = new RegExp(
  `р-н(?:ом|а|е|у)?(?![\\p{L}\\p{N}])|(?:[0-9${COMMON_LETTER}]|[\\p{L}\\p{N}])+(?:['’ʼ](?:[${COMMON_LETTER}]|\\p{L})+)*`,
  'gu',
);

/** Ends in "'s" (any apostrophe, either case): what /['’ʼ]s$/i tests, without the regex. */
function isPossessive(raw: string): boolean {
  const s = raw.charCodeAt(raw.length - 1);
  if (s !== 115 && s !== 83) return false;
  const a = raw[raw.length - 2];
  return a === "'" || a === '’' || a === 'ʼ';
}

/** Split text into word tokens with exact offsets; hyphens and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // All words in one call (no match object per word). Each is found again by indexOf from the
  // end of the one before: an earlier occurrence would have been a match of its own, being a
  // word at a place the pattern was tried.
  const words = text.match(WORD_RE);
  if (words === null) return out;
  let prevEnd = 0;
  for (const word of words) {
    const start = text.indexOf(word, prevEnd);
    let raw = word;
    if (raw.length > 2 && isPossessive(raw)) raw = raw.slice(0, -2);
    out.push({ start, end: start + raw.length, raw, norm: foldText(raw), before: text.slice(prevEnd, start) });
    prevEnd = start + word.length;
  }
  return out;
}

// ---- Russian inflection -------------------------------------------------------------------

/** Adjective endings, longest first; a stem cut here is marked with ADJ_MARK. */
const ADJ_ENDINGS = [
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему',
  'ая', 'яя', 'ую', 'юю', 'ой', 'ей', 'ий', 'ый', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ом', 'ем',
];
/** Noun endings, longest first. */
const NOUN_ENDINGS = [
  'ами', 'ями', 'ам', 'ям', 'ах', 'ях', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ью', 'ов', 'ев',
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'ь', 'й',
];
/** Marks a stem cut at an adjective ending, so "минская" (adj) never meets "минск" (noun). */
export const ADJ_MARK = '~';
/**
 * Marks a noun stem that keeps a soft sign before its ending ("ставрополь|е", "приморь|я"):
 * such a stem is never a whole word. A noun that ends in the soft sign drops it before every
 * vowel ending (Ставрополь, Ставрополя; Казань, Казани), so "Ставрополья" (of Stavropol
 * Territory, Ставрополье) must not meet the city's nominative "ставрополь".
 */
export const SOFT_STEM_MARK = '^';
const MIN_STEM = 2;

/** A noun stem as stored and compared: marked when it ends in the soft sign. */
function nounStem(stem: string): string {
  return stem.endsWith('ь') ? stem + SOFT_STEM_MARK : stem;
}

const VOWEL_RE = /[аеиоуыэюяaeiouy]/;
const ADJ_SET = new Set(ADJ_ENDINGS);
const NOUN_SET = new Set(NOUN_ENDINGS);

/**
 * Forms of a word as written in a text (any case form): the word itself, plus every stem
 * obtained by cutting one adjective or noun ending. Latin words yield only themselves.
 */
export function queryForms(norm: string): string[] {
  if (norm.length < 3 || !isCyrillic(norm)) return [norm];
  const out = [norm];
  // Endings are 1-3 letters: look each tail up instead of testing every ending.
  for (let k = 3; k >= 1; k--) {
    const tail = norm.slice(-k);
    const stem = norm.slice(0, -k);
    if (ADJ_SET.has(tail) && stem.length >= MIN_STEM + 1) out.push(stem + ADJ_MARK);
    // -ью is read by softInstrumentalStem, at a penalty.
    if (NOUN_SET.has(tail) && tail !== 'ью' && stem.length >= MIN_STEM && VOWEL_RE.test(stem)) out.push(nounStem(stem));
  }
  return out;
}

/**
 * A word in -ью read as the instrumental of a feminine noun in -ь ("Казанью", "областью" ->
 * "казан", "област"), or null. A weaker reading than queryForms gives: the same letters are
 * the dative of a noun in -ье ("Ставрополью", of Ставрополье), and Ставрополь is masculine.
 */
export function softInstrumentalStem(norm: string): string | null {
  if (norm.length < 5 || !norm.endsWith('ью')) return null;
  const stem = norm.slice(0, -2);
  return VOWEL_RE.test(stem) ? stem : null;
}

/**
 * Forms under which a dictionary word (usually nominative) is indexed: the word itself, its
 * stem at the longest adjective ending, and its stem at the longest noun ending. A query
 * word matches when one of its queryForms is among these.
 */
export function indexForms(norm: string): string[] {
  if (!isCyrillic(norm) || norm.length < 3) return [norm];
  const out = [norm];
  const adj = ADJ_ENDINGS.find((e) => norm.length - e.length >= MIN_STEM + 1 && norm.endsWith(e));
  if (adj) out.push(norm.slice(0, -adj.length) + ADJ_MARK);
  // A nominative in -ая/-ое/-ый... is an adjective; -ой/-ей/-ий/-ие may also end a noun.
  if (adj && !AMBIGUOUS_NOMINATIVE.has(adj)) return out;
  const noun = NOUN_ENDINGS.find((e) => norm.endsWith(e) && norm.length - e.length >= MIN_STEM && VOWEL_RE.test(norm.slice(0, -e.length)));
  if (noun) out.push(nounStem(norm.slice(0, -noun.length)));
  // "Семей", "Бруней": the stem keeps the vowel before -й (Семея, Брунеем), not "сем".
  if (noun && noun.length > 1 && (norm.endsWith('й') || norm.endsWith('ь'))) out.push(norm.slice(0, -1));
  return out;
}
const AMBIGUOUS_NOMINATIVE = new Set(['ой', 'ей', 'ий', 'ие']);

const RELATIVE_SUFFIXES = ['ск', 'цк', 'ов', 'ев', 'ин', 'н'];
const RELATIVE_ENDINGS = new Set([
  'ий', 'ый', 'ой', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ому', 'ему', 'ом', 'ем', 'ую', 'юю', 'ые', 'ие', 'их', 'ых',
  'ым', 'им', 'ыми', 'ими', 'ей',
]);
const isRussianLower = (c: number) => c >= 0x430 && c <= 0x44f;

/**
 * True when a (folded) Russian word has the shape of a relative adjective in any case form:
 * two letters or more, a suffix (-ск-, -цк-, -ов-, -ев-, -ин-, -н-), a case ending. Written
 * out rather than as one regex: the mention finder asks it of most Russian words.
 */
export function looksLikeRussianAdjective(norm: string): boolean {
  const n = norm.length;
  for (let e = 2; e <= 3; e++) {
    if (n < e + 3 || !RELATIVE_ENDINGS.has(norm.slice(n - e))) continue;
    for (const suffix of RELATIVE_SUFFIXES) {
      const at = n - e - suffix.length;
      if (at >= 2 && norm.startsWith(suffix, at) && isRussianLower(norm.charCodeAt(at - 1)) && isRussianLower(norm.charCodeAt(at - 2))) return true;
    }
  }
  return false;
}

// ---- Kind words ---------------------------------------------------------------------------

/** Region kind words grouped by what they mean; words in one group are interchangeable. */
export const KIND_CLASSES = ['region', 'territory', 'republic', 'okrug', 'district', 'city'] as const;
export type KindClass = (typeof KIND_CLASSES)[number];

const KIND_WORDS: Record<KindClass, string[]> = {
  region: [
    'region', 'regions', 'oblast', 'oblasts', 'obl', 'province', 'provinces', 'voblast', 'voblasts', 'oblys',
    'oblysy', 'viloyat', 'viloyati', 'vilayat', 'velayat', 'welayat', 'область', 'обл', 'регион',
    'провинция', 'вилоят', 'велаят', 'облысы', 'voblasc',
  ],
  territory: ['territory', 'territories', 'krai', 'kray', 'край'],
  republic: ['republic', 'republics', 'республика', 'респ'],
  okrug: ['okrug', 'округ'],
  district: ['district', 'districts', 'raion', 'rayon', 'raions', 'rayons', 'район', 'р-н', 'tuman', 'etrap'],
  city: ['city', 'town', 'город', 'г', 'гор'],
};

function buildKindIndex(): Map<string, KindClass> {
  const m = new Map<string, KindClass>();
  for (const cls of KIND_CLASSES) {
    for (const w of KIND_WORDS[cls]) {
      for (const f of indexForms(foldText(w))) if (!f.endsWith(ADJ_MARK)) m.set(f, cls);
    }
  }
  return m;
}
const KIND_INDEX = buildKindIndex();
// Forms of the kind words that are too short to trust after cutting an ending ("кра" <- "край").
const KIND_EXACT_ONLY = new Set(['г', 'гор', 'обл', 'респ']);

/**
 * The first three UTF-16 units of a word folded into one small integer: a set key without
 * cutting a string. Ten bits of each unit (Latin and Russian letters stay apart), so the
 * number stays a small integer the engine hashes cheaply. Two heads may share a key: use it
 * only to rule words out, never to match them.
 */
export function head3(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

// How the stems in KIND_INDEX begin: two-letter ones whole, longer ones by their first three.
const KIND_STEM_HEADS = new Set([...KIND_INDEX.keys()].filter((k) => k.length >= 3).map(head3));
const KIND_SHORT_STEMS = new Set([...KIND_INDEX.keys()].filter((k) => k.length === 2));

/**
 * The kind class a word names ("области" -> region, "krai" -> territory), or null. `forms`
 * is queryForms(norm) when the caller has it: the word and stems cut from its end.
 */
export function kindClassOf(norm: string, forms?: readonly string[]): KindClass | null {
  const direct = KIND_INDEX.get(norm);
  if (direct) return direct;
  if (norm.length <= 3 || !isCyrillic(norm)) return null;
  // A stem (two letters at least) begins the word: when no kind stem begins as the word does,
  // none of them can be among its forms, and most words end here.
  if (!KIND_STEM_HEADS.has(head3(norm)) && !KIND_SHORT_STEMS.has(norm.slice(0, 2))) return null;
  for (const f of forms ?? queryForms(norm)) {
    if (f === norm || f.endsWith(ADJ_MARK) || KIND_EXACT_ONLY.has(f)) continue;
    const cls = KIND_INDEX.get(f);
    if (cls) return cls;
  }
  const instrumental = softInstrumentalStem(norm);
  return (instrumental && KIND_INDEX.get(instrumental)) || null;
}

/**
 * How well a kind word in a text fits a kind word of a name: 1 for the same class, less for
 * the loose English usage ("Krasnodar region" for Krasnodar Territory), 0 for a clash.
 */
export function kindCompat(text: KindClass, name: KindClass): number {
  if (text === name) return 1;
  return LOOSE_KINDS[text]?.[name] ?? 0;
}
const LOOSE_KINDS: Partial<Record<KindClass, Partial<Record<KindClass, number>>>> = {
  region: { territory: 0.9, republic: 0.85, okrug: 0.9 },
  territory: { region: 0.85, okrug: 0.8 },
  republic: { region: 0.8 },
  okrug: { region: 0.85, territory: 0.8 },
};

/** The kind class a party's subtype implies ("Oblast" -> region), or null. */
export function kindClassOfSubtype(subtype: string | null | undefined): KindClass | null {
  if (!subtype) return null;
  const words = foldText(subtype).split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const cls = kindClassOf(words[i]);
    if (cls) return cls;
  }
  return null;
}

// ---- Noise words --------------------------------------------------------------------------

/** Words dropped from both names and queries: articles, prepositions, conjunctions. */
export const NOISE_WORDS = new Set([
  'the', 'of', 'in', 'at', 'to', 'from', 'for', 'and', 'with', 'on', 'by',
  'в', 'во', 'на', 'из', 'с', 'со', 'к', 'ко', 'по', 'для', 'от', 'до', 'у', 'о', 'об', 'при', 'и', 'между',
]);

// "St." and "Saint" name the same thing.
const WORD_SYNONYMS = new Map<string, string>([['st', 'saint'], ['ste', 'sainte'], ['mt', 'mount'], ['р-н', 'район']]);

/** A folded word with synonyms applied (st -> saint). */
export function canonicalWord(norm: string): string {
  // Every synonym is at most three letters: longer words (nearly all) need no look-up.
  if (norm.length > 3) return norm.startsWith('р-н') ? 'район' : norm;
  return WORD_SYNONYMS.get(norm) ?? norm;
}

// ---- Cross-script skeleton ----------------------------------------------------------------

/**
 * A Latin "skeleton" of a name: transliterated if Cyrillic, then with the usual
 * transliteration variants collapsed (y/i/j, kh/h, zh/j, ts/c, ya/ia/a, doubled letters,
 * apostrophes, spaces, hyphens). "Костанай", "Kostanay" and "Kostanai" share one skeleton.
 */
export function skeleton(s: string): string {
  let t = foldText(s);
  if (isCyrillic(t)) t = translitRu.transform(t.replace(/[ьъ]/g, '')).toLowerCase();
  t = t
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch/g, 'sh')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/tz|ts/g, 'c')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/j(?=[aeiou])/g, 'i')
    .replace(/i([aeou])/g, '$1')
    .replace(/(.)\1+/g, '$1');
  return t;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/** Every string obtained by deleting one character (for a deletion-neighbourhood index). */
export function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}
