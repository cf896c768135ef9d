import { sql } from 'drizzle-orm';
import type { Database } from '../store/open.ts';
import { queryRows } from '../store/rows.ts';

/** What the monitor needs to know about a party: its name, kind and place in the hierarchy. */
export interface PartyNode {
  id: string;
  kind: string;
  name: string;
  parentId: string | null;
}

/** The gazetteer's hierarchy (region -> state, city -> region, enterprise -> city) with lookups. */
export interface PartyTree {
  get(id: string): PartyNode | undefined;
  name(id: string): string;
  /** Parents up to the top, nearest first. */
  ancestors(id: string): string[];
  /** The top of the chain: a state, a bloc, or a party with no parent. */
  rootOf(id: string): string;
  /** `id` is `ancestorId` or lies within it. */
  isWithin(id: string, ancestorId: string): boolean;
  /** The nearest region at or above `id`, if any. */
  regionOf(id: string): string | null;
  /** Every party of a kind whose parent is `parentId` (a state's regions). */
  childrenOf(parentId: string, kind: string): PartyNode[];
}

/** Builds the tree from party rows. Pure; cycles in bad data stop the walk instead of looping. */
export function buildPartyTree(nodes: readonly PartyNode[]): PartyTree {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, PartyNode[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    let current = byId.get(id)?.parentId ?? null;
    while (current && !out.includes(current) && current !== id) {
      out.push(current);
      current = byId.get(current)?.parentId ?? null;
    }
    return out;
  };
  return {
    get: (id) => byId.get(id),
    name: (id) => byId.get(id)?.name ?? id,
    ancestors,
    rootOf: (id) => ancestors(id).at(-1) ?? id,
    isWithin: (id, ancestorId) => id === ancestorId || ancestors(id).includes(ancestorId),
    regionOf: (id) => [id, ...ancestors(id)].find((p) => byId.get(p)?.kind === 'region') ?? null,
    childrenOf: (parentId, kind) => (children.get(parentId) ?? []).filter((n) => n.kind === kind),
  };
}

export async function loadPartyTree(db: Database): Promise<PartyTree> {
  const rows = await queryRows<{ id: string; kind: string; name: string; parent_id: string | null }>(
    db,
    sql`SELECT id, kind, name, parent_id FROM parties`,
  );
  return buildPartyTree(rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, parentId: r.parent_id })));
}

/**
 * The sides of a tie as a set of parties: a city, enterprise or institution stands for its
 * region when it has one (documents name the signing city or the plant for the region), and a
 * state is dropped when one of its own regions or cities is named (it is the setting, not a side).
 * Pure.
 */
export function tieSides(partyIds: readonly string[], tree: PartyTree): string[] {
  const lifted = [...new Set(partyIds.map((id) => {
    const node = tree.get(id);
    if (node && node.kind !== 'region' && node.kind !== 'state' && node.kind !== 'bloc') return tree.regionOf(id) ?? id;
    return id;
  }))];
  return lifted
    .filter((id) => {
      // Only a state is dropped: a bloc stays a side when one of its bodies is named too.
      if (tree.get(id)?.kind !== 'state') return true;
      return !lifted.some((other) => other !== id && tree.ancestors(other).includes(id));
    })
    .sort();
}
