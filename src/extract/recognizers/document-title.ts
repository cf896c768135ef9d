/**
 * When two names are one document: "the Interstate Innovation Cooperation Program" and "the
 * Interstate Programme for Innovation Cooperation between the CIS countries", "the EEU Treaty"
 * and "the Treaty on the EAEU".
 */

/** Spellings of one thing folded together before names are compared. */
const PHRASES: Array<[RegExp, string]> = [
  [/commonwealth of independent states|содружеств\p{L}* независимых государств/gu, ' cis '],
  [/eurasian economic union|евразийск\p{L}* экономическ\p{L}* союз\p{L}*/gu, ' eaeu '],
  [/co-operation/g, 'cooperation'],
];
const WORDS: Record<string, string> = {
  eeu: 'eaeu', eaes: 'eaeu', еаэс: 'eaeu', снг: 'cis', program: 'programme', programs: 'programme', programmes: 'programme',
  agreements: 'agreement', commonwealth: 'cis', union: 'eaeu',
};
const STOP = new Set(['the', 'of', 'on', 'for', 'and', 'between', 'in', 'to', 'a', 'an', 'its', 'with', 'among', 'about', 'и', 'о', 'об', 'в', 'на', 'по', 'между']);

const SIDES_RE = /\(([^()]+)\)\s*$/;
const YEAR_RE = /(?:19|20)\d{2}/g;

/** The content words of a name, spellings folded. */
export function nameWords(title: string): Set<string> {
  let t = title.toLowerCase();
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  const out = new Set<string>();
  for (const raw of t.split(/[^\p{L}\p{N}-]+/u)) {
    const w = raw.replace(/-/g, '');
    if (w.length < 2 || STOP.has(w)) continue;
    out.add(WORDS[w] ?? w);
  }
  return out;
}

/** Two names of one kind are one document when their words mostly agree or one name's words are all in the other. */
export function sameDocument(a: string, b: string): boolean {
  // "agreement (Minsk - Goris)" and "agreement (Minsk - Kapan)": the sides in brackets tell them apart.
  const sa = SIDES_RE.exec(a)?.[1];
  const sb = SIDES_RE.exec(b)?.[1];
  if (sa && sb && sa !== sb) return false;
  // "... until 2020" and "... until 2030" are two programmes.
  const ya: string[] = a.match(YEAR_RE) ?? [];
  const yb: string[] = b.match(YEAR_RE) ?? [];
  if (ya.some((y) => !yb.includes(y))) return false;
  const A = nameWords(a);
  const B = nameWords(b);
  if (A.size === 0 || B.size === 0) return false;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  const small = Math.min(A.size, B.size);
  if (common === small && small >= 2) return true;
  return common / (A.size + B.size - common) >= 0.6;
}
