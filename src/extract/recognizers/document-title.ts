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
  agreements: 'agreement', commonwealth: 'cis', union: 'eaeu', oblast: 'region', область: 'region', oblys: 'region',
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
    if (w === 'republic') continue;
    out.add(WORDS[w] ?? w);
  }
  return out;
}

/** "Leningrad Region - Belarus" and "Leningrad Oblast - Republic of Belarus" are one pair. */
function sameSides(a: string, b: string): boolean {
  const A = nameWords(a);
  const B = nameWords(b);
  return A.size === B.size && [...A].every((w) => B.has(w));
}

/** A name without its sides, and the sides: "agreement on X (A - B)", "agreement on X between A and B". */
function splitSides(title: string): { name: string; sides: string | null } {
  const paren = SIDES_RE.exec(title);
  if (paren) return { name: title.slice(0, paren.index), sides: paren[1]! };
  const between = /\s(?:between|между)\s(.+)$/iu.exec(title); // spaced: a JS word boundary knows no Cyrillic
  if (between) return { name: title.slice(0, between.index), sides: between[1]! };
  return { name: title, sides: null };
}

/**
 * `a` (a later name) and `b` (an earlier one) of one kind are one document when their sides (if both say them) agree and the
 * rest of their words mostly agree, or one name's words are all in the other.
 */
export function sameDocument(a: string, b: string): boolean {
  const sa = splitSides(a);
  const sb = splitSides(b);
  // A document told by its sides is not one named without them before; a later mention may leave them out.
  if (sa.sides && !sb.sides) return false;
  if (sa.sides && sb.sides && !sameSides(sa.sides, sb.sides)) return false;
  // "... until 2020" and "... until 2030" are two programmes.
  const ya: string[] = a.match(YEAR_RE) ?? [];
  const yb: string[] = b.match(YEAR_RE) ?? [];
  if (ya.some((y) => !yb.includes(y))) return false;
  const A = nameWords(sa.name);
  const B = nameWords(sb.name);
  if (A.size === 0 || B.size === 0) return false;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  const small = Math.min(A.size, B.size);
  if (common === small && small >= 2) return true;
  return common / (A.size + B.size - common) >= 0.6;
}
