/**
 * Test support for briefings: what a rendered page says about its footnotes, and the checks every
 * briefing must pass (numbered 1..n, each cited, every reference resolving to an entry).
 */
import assert from 'node:assert/strict';
import type { Briefing } from './briefing.ts';

/** The footnote numbers a page links to (`href="#fn-N"`) and the entries it has (`id="fn-N"`). */
export function footnoteLinks(html: string): { refs: number[]; entries: number[] } {
  const refs = [...html.matchAll(/href="#fn-(\d+)"/g)].map((m) => Number(m[1]));
  const entries = [...html.matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1]));
  return { refs, entries };
}

/** Every note number an item of the briefing cites. */
export function citedNotes(b: Briefing): number[] {
  return [
    ...b.targets.flatMap((t) => [...t.notes, ...t.figureNotes]),
    ...b.trade.flatMap((s) => s.points.flatMap((p) => p.notes)),
    ...[b.plans, b.documents, b.events, b.projects, b.counts, b.coverage.underCovered].flat().flatMap((x) => x.notes),
  ];
}

/** Footnotes are numbered 1..n, one per quote in a source, each cited, and every citation names one. */
export function assertFootnotesResolve(b: Briefing): void {
  assert.deepEqual(b.footnotes.map((f) => f.n), b.footnotes.map((_, i) => i + 1), 'numbered 1..n in order');
  const keys = b.footnotes.map((f) => `${f.source}|${f.quote}`);
  assert.equal(new Set(keys).size, keys.length, 'one footnote per quote in a source');
  const cited = new Set(citedNotes(b));
  for (const n of cited) assert.ok(n >= 1 && n <= b.footnotes.length, `note ${n} names a footnote`);
  for (const f of b.footnotes) assert.ok(cited.has(f.n), `footnote ${f.n} is cited`);
}
