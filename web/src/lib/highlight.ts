/**
 * Cutting a text at the edges of spans (evidence, matched words) so each piece can be shown as
 * text, marked or not. Spans may overlap; each piece lists the spans covering it. No markup is
 * ever built from the text: the pieces are rendered as React text nodes.
 */
export interface Piece<K> { start: number; end: number; text: string; keys: K[] }

export function cutAtSpans<K>(text: string, spans: { start: number; end: number; key: K }[]): Piece<K>[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece<K>[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const keys = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.key);
    const last = pieces[pieces.length - 1];
    // Neighbouring pieces under the same spans are one piece.
    if (last && last.keys.length === keys.length && last.keys.every((k, j) => k === keys[j])) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      pieces.push({ start, end, text: text.slice(start, end), keys });
    }
  }
  return pieces;
}
