/**
 * Russian morphology through `az` (OpenCorpora dictionaries shipped in the package).
 * The resolver works without it (its ending stripper covers regular inflection); with it,
 * irregular stems meet too ("Орла" -> "орёл", fleeting vowels) and the mention finder can
 * tell a common word at the start of a sentence ("Мир", "Находка") from a place name.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Morphology {
  /** Dictionary lemmas of a word, most likely first, lower-cased; [] for an unknown word. */
  lemmas(word: string): string[];
  /** True when the dictionary knows the word and its likeliest reading is not a proper name. */
  isCommonWord(word: string): boolean;
}

interface AzTag {
  POST?: string;
  Geox?: boolean;
  Name?: boolean;
  Surn?: boolean;
  Orgn?: boolean;
  Abbr?: boolean;
}
export interface AzParse {
  tag: AzTag;
  parser: string;
  normalize(): { word: string };
}
interface AzModule {
  Morph: ((word: string, config?: object) => AzParse[]) & {
    init(path: string, cb: (err: unknown) => void): void;
  };
}

const require = createRequire(import.meta.url);

/** Wraps an initialized az analyser; separate so it can be tested with a stub. */
export function morphologyFromAz(analyse: (word: string, config?: object) => AzParse[]): Morphology {
  // Dictionary readings only: the suffix predictors are slow and guess at unknown names.
  const config = { parsers: ['Dictionary'], stutter: 0, typos: 0 };
  const morph = (word: string) => analyse(word, config);
  const isProper = (t: AzTag) => Boolean(t.Geox || t.Name || t.Surn || t.Orgn || t.Abbr);
  return {
    lemmas(word) {
      const seen = new Set<string>();
      for (const p of morph(word)) {
        if (p.parser !== 'Dictionary') continue;
        seen.add(p.normalize().word.toLowerCase());
        if (seen.size >= 3) break;
      }
      return [...seen];
    },
    isCommonWord(word) {
      // The likeliest dictionary reading decides: "Мир" (peace) is common, "Минск" is not.
      const first = morph(word).find((p) => p.parser === 'Dictionary');
      return first !== undefined && !isProper(first.tag);
    },
  };
}

// az loads its dictionaries into its own module state once; share that one load.
let loading: Promise<Morphology> | null = null;

/** Load az's dictionaries (about half a second, ~100 MB) and return the morphology. */
export function initMorphology(): Promise<Morphology> {
  loading ??= new Promise<Morphology>((resolve, reject) => {
    const az = require('az') as AzModule;
    const dicts = join(dirname(require.resolve('az/package.json')), 'dicts');
    az.Morph.init(dicts, (err) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(morphologyFromAz(az.Morph)),
    );
  });
  return loading;
}
