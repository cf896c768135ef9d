/** The relations network: parties linked by the documents and projects they share. */
export interface PartyNode<P> { party: P; records: number }
export interface PartyLinkCount { source: string; target: string; records: number }

interface RecordLike<P extends { id: string }> { date: string | null; parties: P[] }

/** The years records are dated in, newest first. */
export function recordYears(records: { date: string | null }[]): string[] {
  return [...new Set(records.map((r) => /^(\d{4})/.exec(r.date ?? '')?.[1]).filter((y): y is string => !!y))].sort().reverse();
}

/**
 * Nodes (the `maxNodes` parties in most records) and links (pairs of them sharing records, with
 * how many), from records of the given year (all years when null).
 */
export function buildNetwork<P extends { id: string }>(records: RecordLike<P>[], year: string | null, maxNodes = 60): { nodes: PartyNode<P>[]; links: PartyLinkCount[] } {
  const chosen = year ? records.filter((r) => (r.date ?? '').startsWith(year)) : records;
  const nodes = new Map<string, PartyNode<P>>();
  const pairs = new Map<string, PartyLinkCount>();
  for (const r of chosen) {
    const parties = [...new Map(r.parties.map((p) => [p.id, p])).values()];
    if (parties.length < 2) continue;
    for (const p of parties) {
      const node = nodes.get(p.id) ?? { party: p, records: 0 };
      node.records++;
      nodes.set(p.id, node);
    }
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [a, b] = [parties[i].id, parties[j].id].sort();
        const key = `${a}|${b}`;
        const link = pairs.get(key) ?? { source: a, target: b, records: 0 };
        link.records++;
        pairs.set(key, link);
      }
    }
  }
  const kept = [...nodes.values()].sort((a, b) => b.records - a.records || a.party.id.localeCompare(b.party.id)).slice(0, maxNodes);
  const keptIds = new Set(kept.map((n) => n.party.id));
  const links = [...pairs.values()]
    .filter((l) => keptIds.has(l.source) && keptIds.has(l.target))
    .sort((a, b) => b.records - a.records || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  return { nodes: kept, links };
}
