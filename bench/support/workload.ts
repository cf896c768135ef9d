/**
 * What bench/api.ts asks for: request paths for each endpoint, with values taken from the store
 * so that every request names something that exists (a party with facts, words that occur, a
 * pair of parties with a trade series), as a user clicking through the dashboard would.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/store/open.ts';
import { queryRows } from '../../src/store/rows.ts';

export interface Endpoint {
  name: string;
  /** The route, as the API documents it. */
  route: string;
  /** Paths to cycle through, query strings encoded. */
  paths: string[];
  /** What the values are, for the report. */
  note: string;
}

/**
 * Searches a user might type, in English and Russian: topic words (in the generated corpus each
 * occurs in a large share of the texts of its language) and two-word ones (both must occur).
 * Those that match nothing in the store are dropped.
 */
export const SEARCH_CANDIDATES = [
  'tractors', 'roadmap', 'intergovernmental commission', 'trade Uzbekistan', 'agreements partners', 'MTZ contract',
  'товарооборот', 'дорожная карта', 'автобусов МАЗ', 'межправительственной комиссии', 'соглашений', 'Казахстаном',
];

/**
 * Narrow searches, a contract number as a user would look one up: the generated articles end with
 * "under contract number N" / "в рамках контракта номер N" and are titled "... N".
 */
async function contractSearches(db: Database): Promise<string[]> {
  const rows = await queryRows<{ lang: string; title: string }>(db, sql`
    (SELECT lang, title FROM sources WHERE lang = 'en' AND title ~ '[0-9]+$' ORDER BY id LIMIT 2)
    UNION ALL (SELECT lang, title FROM sources WHERE lang = 'ru' AND title ~ '[0-9]+$' ORDER BY id LIMIT 2)`);
  return rows.map((r) => `${r.lang === 'ru' ? 'контракта' : 'contract'} ${/(\d+)$/.exec(r.title)![1]}`);
}

const tsMatch = (q: string) => sql`s.body_tsv @@ (CASE WHEN s.lang = 'ru' THEN websearch_to_tsquery('russian', ${q}) ELSE websearch_to_tsquery('english', ${q}) END)`;

/** The three endpoints of the bench with values sampled from `db`. Throws when the store lacks any. */
export async function sampleWorkload(db: Database): Promise<Endpoint[]> {
  // Every party some fact names, busiest first: the profile of any partner may be opened.
  const parties = await queryRows<{ party_id: string; facts: number }>(db, sql`
    SELECT party_id, count(*)::int AS facts FROM fact_parties GROUP BY party_id ORDER BY facts DESC, party_id`);
  if (!parties.length) throw new Error('the store names no parties in its facts: nothing to profile');

  const searches: { q: string; sources: number }[] = [];
  for (const q of [...SEARCH_CANDIDATES, ...await contractSearches(db)]) {
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM sources s WHERE ${tsMatch(q)}`);
    if (n > 0) searches.push({ q, sources: n });
  }
  if (!searches.length) throw new Error(`none of the searches matches a source: ${SEARCH_CANDIDATES.join(', ')}`);

  // Party pairs with trade observations between exactly the two of them.
  const pairs = await queryRows<{ pair: string; observations: number }>(db, sql`
    SELECT pair, count(*)::int AS observations FROM (
      SELECT string_agg(rp.party_id, ',' ORDER BY rp.party_id) AS pair
      FROM records r JOIN record_parties rp ON rp.record_id = r.id
      WHERE r.type = 'observation' AND r.source_count > 0
      GROUP BY r.id HAVING count(*) = 2) x
    GROUP BY pair ORDER BY observations DESC, pair`);
  if (!pairs.length) throw new Error('the store has no trade observation between two parties: no series to ask for');

  const range = (xs: number[]) => `${Math.min(...xs).toLocaleString('en')}..${Math.max(...xs).toLocaleString('en')}`;
  const ru = searches.filter((s) => /\p{Script=Cyrillic}/u.test(s.q)).length;
  return [
    {
      name: 'profile',
      route: 'GET /api/parties/{id}',
      paths: parties.map((p) => `/api/parties/${encodeURIComponent(p.party_id)}`),
      note: `${parties.length} parties named by facts (${range(parties.map((p) => p.facts))} facts each)`,
    },
    {
      name: 'search',
      route: 'GET /api/search?q=',
      paths: searches.map((s) => `/api/search?q=${encodeURIComponent(s.q)}`),
      note: `${searches.length} searches (${searches.length - ru} English, ${ru} Russian; ${range(searches.map((s) => s.sources))} matching sources each: `
        + searches.map((s) => `${s.q} ${s.sources}`).join(', ') + ')',
    },
    {
      name: 'series',
      route: 'GET /api/trade/series?parties=',
      paths: pairs.map((p) => `/api/trade/series?parties=${encodeURIComponent(p.pair)}`),
      note: `${pairs.length} party pairs (${range(pairs.map((p) => p.observations))} observations each), each point with its first statements (the default)`,
    },
  ];
}
