/**
 * Adjectives that name a state ("Belarusian", "белорусско-", "South Korean"), compiled for
 * lookup at a token of running text.
 */
import type { Demonyms } from './demonyms.ts';
import { foldText, tokenize } from './normalize-name.ts';

interface DemonymPattern {
  partyId: string;
  /** Folded words; Russian patterns match their last word as a prefix (a stem). */
  words: string[];
  prefix: boolean;
  /** Written with a trailing hyphen in the data ("Sino-", "русско-"): only as a compound's first part. */
  compoundOnly: boolean;
}

export interface DemonymMatch {
  partyId: string;
  /** Number of tokens the adjective takes. */
  length: number;
  compoundOnly: boolean;
}

export interface DemonymIndex {
  /** The adjective starting at token i, if any (longest first). */
  at(norms: readonly string[], i: number): DemonymMatch | null;
}

const MIN_PREFIX = 3;

export function buildDemonymIndex(demonyms: Demonyms): DemonymIndex {
  const byFirst = new Map<string, DemonymPattern[]>();
  // A word listed both plain and with a hyphen is usable alone; only hyphen-only ones are compound-only.
  for (const [partyId, { en = [], ru = [] }] of Object.entries(demonyms)) {
    const add = (raw: string, prefix: boolean, plainSet: Set<string>) => {
      const compound = raw.trim().endsWith('-');
      const text = raw.trim().replace(/-$/, '');
      const words = tokenize(text).map((t) => t.norm);
      if (words.length === 0) return;
      const key = words.join(' ');
      if (compound && plainSet.has(key)) return;
      const pattern: DemonymPattern = { partyId, words, prefix, compoundOnly: compound };
      const list = byFirst.get(words[0]);
      if (list) list.push(pattern);
      else byFirst.set(words[0], [pattern]);
    };
    const plain = (list: string[]) => new Set(list.filter((w) => !w.trim().endsWith('-')).map((w) => tokenize(w).map((t) => t.norm).join(' ')));
    const enPlain = plain(en);
    const ruPlain = plain(ru);
    for (const w of en) add(w, false, enPlain);
    // Russian stems cover their compound forms too ("белорусск" matches "белорусско-").
    for (const w of ru) {
      const stem = foldText(w.trim().replace(/-$/, ''));
      if (w.trim().endsWith('-') && [...ruPlain].some((p) => stem.startsWith(p))) continue;
      add(w, true, ruPlain);
    }
  }

  return {
    at(norms, i) {
      const norm = norms[i];
      let best: DemonymMatch | null = null;
      for (let len = norm.length; len >= MIN_PREFIX; len--) {
        const list = byFirst.get(len === norm.length ? norm : norm.slice(0, len));
        if (!list) continue;
        for (const p of list) {
          const n = p.words.length;
          if (n === 1) {
            if (!p.prefix && len !== norm.length) continue;
          } else {
            if (len !== norm.length || i + n > norms.length) continue;
            let ok = true;
            for (let k = 1; k < n && ok; k++) {
              const w = norms[i + k];
              ok = k === n - 1 && p.prefix ? w.startsWith(p.words[k]) : w === p.words[k];
            }
            if (!ok) continue;
          }
          if (!best || n > best.length || (n === best.length && best.compoundOnly && !p.compoundOnly)) {
            best = { partyId: p.partyId, length: n, compoundOnly: p.compoundOnly };
          }
        }
        if (best) return best;
      }
      return best;
    },
  };
}
