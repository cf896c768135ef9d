import { createGazetteerResolver } from '../gazetteer/resolver.ts';

export interface PartyFindResult {
  text: string;
  matches: { id: string; name: string; nameRu: string; kind: string; code: string | null; aliases: string[]; score: number }[];
}

/** `imon parties find`: resolution runs on the gazetteer in memory, so it needs no store. */
export async function findParties(texts: string[], limit: number): Promise<PartyFindResult[]> {
  const resolver = await createGazetteerResolver();
  return texts.map((text) => ({
    text,
    matches: resolver.resolve(text, { limit }).map(({ party, score }) => ({
      id: party.id, name: party.name, nameRu: party.nameRu, kind: party.kind, code: party.code,
      aliases: party.aliases, score: Math.round(score * 1000) / 1000,
    })),
  }));
}

export function formatPartyMatches(results: PartyFindResult[]): string {
  return results
    .map(({ text, matches }) => {
      if (matches.length === 0) return `${text}: no match`;
      const lines = matches.map((m) => `  ${m.score.toFixed(2)}  ${m.name} (${m.kind}${m.code ? `, ${m.code}` : ''}) [${m.id}]`);
      return [`${text}:`, ...lines].join('\n');
    })
    .join('\n');
}
