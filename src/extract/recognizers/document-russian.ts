/**
 * Russian names in the nominative: a document is named "Дорожная карта ...", whatever case the
 * sentence put it in ("подписали Дорожную карту", "в рамках государственной программы").
 * Only the head and the adjectives before it change; the complement keeps its own case.
 */
import type { DocumentKind } from '../../domain/fact.ts';
import { RU_HEAD_LEMMA } from './document-lexicon.ts';

type Gender = 'm' | 'f' | 'n';
const GENDER: Record<DocumentKind, Gender> = {
  agreement: 'n', treaty: 'm', convention: 'f', concept: 'f', programme: 'f', strategy: 'f', roadmap: 'f', plan: 'm',
  memorandum: 'm', protocol: 'm', declaration: 'f', contract: 'm', other: 'm',
};

/** An adjective's ending in any case -> its nominative singular ending for a gender. */
export function nominativeAdjective(word: string, kind: DocumentKind): string {
  const g = GENDER[kind];
  const m = /^(\p{L}+?)(ую|юю|ая|яя|ой|ей|ого|его|ому|ему|ым|им|ом|ем|ое|ее|ый|ий)$/u.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  // Soft stems ("внешн-", "летн-") and stems after sibilants and velars take и/я/е.
  const soft = /(?:юю|яя|его|ему|ем|ее)$/u.test(m[2]!) || (m[2] === 'ей' && !/[жшчщ]$/u.test(stem)) || (m[2] === 'им' && !/[кгхжшчщ]$/u.test(stem));
  const velar = /[кгхжшчщ]$/u.test(stem);
  if (g === 'f') return stem + (soft && !velar ? 'яя' : 'ая');
  if (g === 'n') return stem + (soft ? 'ее' : 'ое');
  return stem + (soft || velar ? 'ий' : 'ый');
}

/** "Дорожную карту" -> "Дорожная карта", "государственной программы" -> "государственная программа". */
export function russianHeadInNominative(premodifiers: string[], head: string, kind: DocumentKind): string {
  const lemma = RU_HEAD_LEMMA[kind];
  const words = kind === 'roadmap' ? lemma.split(' ') : [lemma];
  const headWords = head.split(/\s+/);
  const fixed = words.map((w, i) => (/^\p{Lu}/u.test(headWords[i] ?? '') ? w[0]!.toUpperCase() + w.slice(1) : w));
  return [...premodifiers.map((a) => nominativeAdjective(a, kind)), ...fixed].join(' ');
}
