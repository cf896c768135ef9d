/**
 * The footnotes of a briefing: one per piece of evidence (a quote in a source), numbered in the
 * order statements first cite them, so a quote cited by several statements is one footnote.
 */

/** What a statement rests on: a quote and the source it is in. */
export interface Citation {
  source: string;
  title: string | null;
  url: string | null;
  published: string | null;
  quote: string;
}

export interface Footnote extends Citation {
  n: number;
  publisher: string | null;
}

export interface Footnotes {
  /** The footnote numbers of these citations (new ones numbered next), ascending, each once. */
  cite(citations: readonly Citation[]): number[];
  /** Every footnote so far, by number. */
  list(): Footnote[];
}

/** A fresh numbering; `publisherOf` names the publisher of a source id when the store knows it. */
export function footnotes(publisherOf: (source: string) => string | null): Footnotes {
  const byKey = new Map<string, Footnote>();
  return {
    cite(citations) {
      const numbers = new Set<number>();
      for (const c of citations) {
        const key = `${c.source}\u0000${c.quote}`;
        let note = byKey.get(key);
        if (!note) {
          note = { n: byKey.size + 1, source: c.source, title: c.title, url: c.url, published: c.published, quote: c.quote, publisher: publisherOf(c.source) };
          byKey.set(key, note);
        }
        numbers.add(note.n);
      }
      return [...numbers].sort((a, b) => a - b);
    },
    list: () => [...byKey.values()],
  };
}
