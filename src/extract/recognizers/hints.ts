/**
 * A cheap first look at a sentence: which of several patterns can match it at all. Each
 * pattern names the literal words its matches start with (its hints); one scan for all hints
 * tells which patterns are worth running. Hints are a necessary condition only, so skipping
 * a pattern never changes what the patterns find.
 */

/** Says, for a text, which patterns may match it (by index). */
export type HintScan = (text: string) => boolean[];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `hints[i]` are the lower-case words every match of pattern i starts with, compared
 * case-insensitively; a leading "^" asks for no letter on either side ("^сп" is "СП", not "спорт").
 */
export function hintScan(hints: readonly (readonly string[])[]): HintScan {
  const words = [...new Set(hints.flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const literal = (h: string) => (h.startsWith('^') ? h.slice(1) : h);
  const re = new RegExp(
    words.map((h) => (h.startsWith('^') ? `(?<!\\p{L})${escape(literal(h))}(?!\\p{L})` : escape(h))).join('|'),
    'giu',
  );
  // A match is the longest hint at its place; every shorter hint found there is a prefix of it.
  const patternsOf = new Map<string, number[]>();
  for (const w of words) {
    const key = literal(w);
    const ids: number[] = [];
    hints.forEach((hs, i) => {
      if (hs.some((h) => key.startsWith(literal(h)))) ids.push(i);
    });
    patternsOf.set(key, ids);
  }
  return (text) => {
    const may = new Array<boolean>(hints.length).fill(false);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ids = patternsOf.get(m[0].toLowerCase());
      // A case-folded form the table does not know ("ſ" for "s"): every pattern may match.
      if (!ids) return may.fill(true);
      for (const i of ids) may[i] = true;
      re.lastIndex = m.index + 1;
    }
    return may;
  };
}
