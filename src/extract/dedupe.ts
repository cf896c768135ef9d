import type { Fact } from '../domain/fact.ts';

/** What makes two facts of one document "the same statement". */
export function factIdentity(fact: Fact): string {
  const parties = [...fact.parties].sort().join('+');
  switch (fact.type) {
    case 'trade':
      return ['trade', fact.indicator, parties, fact.flow, fact.period, fact.value ?? `chg:${fact.change_pct}`, fact.scope ?? ''].join('|');
    case 'target':
      return ['target', fact.indicator, parties, fact.value, fact.by].join('|');
    case 'count':
      return ['count', fact.value, normalizeWords(fact.subject)].join('|');
    case 'document':
      return ['document', fact.kind, normalizeWords(fact.title)].join('|');
    case 'event':
      return ['event', fact.kind, normalizeWords(fact.name), fact.date ?? ''].join('|');
    case 'project':
      // Separate deliveries of the same thing to the same partner are separate facts.
      return ['project', fact.kind, [...fact.actors].sort().join('+'), fact.partner, normalizeWords(fact.subject), fact.quantity ?? '', fact.date ?? ''].join('|');
  }
}

function normalizeWords(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How much a statement says: more stated fields win. */
function fullness(fact: Fact): number {
  let n = 0;
  for (const value of Object.values(fact)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    n++;
  }
  return n + (fact.confidence ?? 0);
}

/**
 * A fact stated twice in one document is emitted once, from its fullest statement; and two
 * facts with the very same evidence and identity are one. Output keeps document order.
 */
export function dedupeFacts(facts: Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  for (const fact of facts) {
    const key = factIdentity(fact);
    const previous = best.get(key);
    if (!previous || fullness(fact) > fullness(previous)) best.set(key, fact);
  }
  return [...best.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
