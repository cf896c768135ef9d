/**
 * Test support for the API: a small store written by hand (four short texts of our own, their
 * facts with exact offsets, a handful of parties, a watch with an alert, tokens of each role)
 * and the app over it. Fast to build, and every number in it is known to the tests.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { Fact } from '../domain/fact.ts';
import type { PartyInput } from '../domain/party.ts';
import { Party } from '../domain/party.ts';
import { sourceIdOf } from '../ingest/source-id.ts';
import { upsertParties } from '../store/parties.ts';
import { queryRows } from '../store/rows.ts';
import { openTestStore, type TestEngine, type TestStore } from '../store/test-stores.ts';
import { storeSource } from '../store/write-source.ts';
import { createToken, revokeToken } from './auth.ts';
import { buildApp, type AppOptions } from './server.ts';

const PARTIES: PartyInput[] = [
  { id: 'BY', kind: 'state', name: 'Belarus', nameRu: 'Беларусь', code: 'BY', aliases: ['Republic of Belarus', 'Белоруссия'] },
  { id: 'UZ', kind: 'state', name: 'Uzbekistan', nameRu: 'Узбекистан', code: 'UZ' },
  { id: 'KZ', kind: 'state', name: 'Kazakhstan', nameRu: 'Казахстан', code: 'KZ' },
  { id: 'BY-HO', kind: 'region', name: 'Gomel Region', nameRu: 'Гомельская область', code: 'BY-HO', parentId: 'BY', subtype: 'Region', aliases: ['Homel Oblast'] },
  { id: 'UZ-AN', kind: 'region', name: 'Andijan Region', nameRu: 'Андижанская область', code: 'UZ-AN', parentId: 'UZ', subtype: 'Region' },
  { id: 'city:BY:gomel', kind: 'city', name: 'Gomel', nameRu: 'Гомель', parentId: 'BY-HO' },
  { id: 'org:mtz', kind: 'enterprise', name: 'Minsk Tractor Works', nameRu: 'Минский тракторный завод', parentId: 'BY', aliases: ['MTZ', 'МТЗ'] },
];

interface TextSpec {
  key: string;
  title: string;
  published: string;
  lang: 'en' | 'ru';
  url: string;
  body: string;
  /** Facts without doc, offsets and lang (filled in from the text). */
  facts: ({ type: Fact['type']; quote: string } & Record<string, unknown>)[];
}

// Our own sentences (never copied from the development corpus).
const TEXTS: TextSpec[] = [
  {
    key: 'uz2021', title: 'Belarus and Uzbekistan lift trade', published: '2021-03-02', lang: 'en', url: 'https://example.test/uz-2021',
    body: 'TASHKENT, 2 March – Trade between Belarus and Uzbekistan reached $612.5 million in 2020, up 15% on the year before. '
      + 'The two governments signed a roadmap on industrial cooperation for 2021-2023. '
      + 'Belarus and Uzbekistan plan to bring mutual trade to $1 billion by 2025.',
    facts: [
      { type: 'trade', quote: 'Trade between Belarus and Uzbekistan reached $612.5 million in 2020, up 15%', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'], indicator: 'turnover', period: '2020', value: 612.5e6, currency: 'USD', change_pct: 15, confidence: 0.9 },
      { type: 'document', quote: 'signed a roadmap on industrial cooperation for 2021-2023', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'], title: 'roadmap on industrial cooperation for 2021-2023', kind: 'roadmap', date: '2021-03', confidence: 0.7 },
      { type: 'target', quote: 'bring mutual trade to $1 billion by 2025', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'], indicator: 'turnover', value: 1e9, currency: 'USD', by: '2025', confidence: 0.8 },
    ],
  },
  {
    key: 'uz2022', title: 'Uzbek partners expect more Belarusian tractors', published: '2022-02-15', lang: 'en', url: 'https://example.test/uz-2022',
    body: 'Trade between Belarus and Uzbekistan grew to $700 million in 2021. In 2020 the turnover stood at $590 million. '
      + 'A joint venture of MTZ in Andijan Region will assemble 500 tractors a year for farmers in Uzbekistan.',
    facts: [
      { type: 'trade', quote: 'Trade between Belarus and Uzbekistan grew to $700 million in 2021', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'], indicator: 'turnover', period: '2021', value: 700e6, currency: 'USD', confidence: 0.9 },
      { type: 'trade', quote: 'In 2020 the turnover stood at $590 million', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ'], indicator: 'turnover', period: '2020', value: 590e6, currency: 'USD', confidence: 0.6 },
      { type: 'project', quote: 'A joint venture of MTZ in Andijan Region will assemble 500 tractors a year', parties: ['Minsk Tractor Works', 'Andijan Region'], party_ids: ['org:mtz', 'UZ-AN', 'UZ'], kind: 'joint_venture', actors: ['Minsk Tractor Works'], partner: 'Uzbekistan', subject: 'tractors', quantity: 500, date: '2022-02', confidence: 0.7 },
    ],
  },
  {
    key: 'gomel2023', title: 'Гомельская область и Узбекистан', published: '2023-06-20', lang: 'ru', url: 'https://example.test/gomel-2023',
    body: 'Товарооборот Гомельской области и Узбекистана в 2022 году составил 85 млн долларов. '
      + 'В Гомеле прошел форум регионов Беларуси и Узбекистана, на нем обсуждали поставки тракторов.',
    facts: [
      { type: 'trade', quote: 'Товарооборот Гомельской области и Узбекистана в 2022 году составил 85 млн долларов', parties: ['Gomel Region', 'Uzbekistan'], party_ids: ['BY-HO', 'UZ'], indicator: 'turnover', period: '2022', value: 85e6, currency: 'USD', confidence: 0.85 },
      { type: 'event', quote: 'В Гомеле прошел форум регионов Беларуси и Узбекистана', parties: ['Belarus', 'Uzbekistan'], party_ids: ['BY', 'UZ', 'city:BY:gomel'], kind: 'forum', name: 'форум регионов Беларуси и Узбекистана', place: 'Gomel', date: '2023-06', confidence: 0.7 },
    ],
  },
  {
    key: 'kz2019', title: 'Belarus-Kazakhstan commission meets in Minsk', published: '2019-05-10', lang: 'en', url: 'https://example.test/kz-2019',
    body: 'Belarus and Kazakhstan held a meeting of their intergovernmental commission in Minsk on Friday. '
      + 'More than 30 agreements were signed during the visit. The memo was titled "<script>alert(1)</script> & Transit".',
    facts: [
      { type: 'event', quote: 'Belarus and Kazakhstan held a meeting of their intergovernmental commission in Minsk', parties: ['Belarus', 'Kazakhstan'], party_ids: ['BY', 'KZ'], kind: 'commission_meeting', name: 'intergovernmental commission', place: 'Minsk', date: '2019-05-10', confidence: 0.8 },
      { type: 'count', quote: 'More than 30 agreements were signed', parties: ['Belarus', 'Kazakhstan'], party_ids: ['BY', 'KZ'], subject: 'agreements', value: 30, qualifier: 'over', date: '2019-05', confidence: 0.4 },
    ],
  },
];

/** The facts of a text with their offsets found in its body. */
function factsOf(text: TextSpec): Fact[] {
  return text.facts.map((f) => {
    const start = text.body.indexOf(f.quote);
    if (start < 0) throw new Error(`fixture: quote not in ${text.key}: ${f.quote}`);
    return Fact.parse({ ...f, doc: text.key, start, end: start + f.quote.length, lang: text.lang });
  });
}

export interface ApiFixture {
  store: TestStore;
  app: FastifyInstance;
  tokens: { viewer: string; editor: string; admin: string; revoked: string };
  /** Source ids by text key: uz2021, uz2022, gomel2023, kz2019. */
  sources: Record<string, string>;
  /** Fact id by quote start: the fact in `key` whose quote begins with `prefix`. */
  factId(key: string, prefix: string): Promise<number>;
  /** The record id of a fact. */
  recordOf(factId: number): Promise<number>;
  watchId: number;
  close(): Promise<void>;
}

export async function openApiFixture(engine: TestEngine, options: Omit<AppOptions, 'store'> = {}): Promise<ApiFixture> {
  const store = await openTestStore(engine);
  try {
    const db = store.db;
    await upsertParties(db, PARTIES.map((p) => Party.parse(p)));
    const sources: Record<string, string> = {};
    for (const text of TEXTS) {
      const id = sourceIdOf(text.body);
      sources[text.key] = id;
      await storeSource(db, {
        id, title: text.title, url: text.url, publisher: 'Test Wire', published: text.published, lang: text.lang, format: 'md',
        body: text.body, location: `fixture/${text.key}.md`,
      }, factsOf(text));
    }
    const [watch] = await queryRows<{ id: number }>(db, sql`
      INSERT INTO watches (name, query) VALUES ('Uzbekistan trade', ${JSON.stringify({ parties: ['UZ'], types: ['trade'], words: [], minValue: null })}::jsonb)
      RETURNING id`);
    await db.execute(sql`
      INSERT INTO alerts (watch_id, record_id, record_version, payload)
      SELECT ${watch.id}, r.id, r.version, jsonb_build_object('title', r.title) FROM records r WHERE r.type = 'observation' ORDER BY r.id LIMIT 2`);
    const tokens = {
      viewer: (await createToken(db, { role: 'viewer', name: 'test viewer' })).token,
      editor: (await createToken(db, { role: 'editor', name: 'test editor' })).token,
      admin: (await createToken(db, { role: 'admin', name: 'test admin' })).token,
      revoked: '',
    };
    const revoked = await createToken(db, { role: 'admin', name: 'revoked' });
    await revokeToken(db, revoked.id);
    tokens.revoked = revoked.token;
    const app = await buildApp({ store, webDir: null, ...options });
    return {
      store, app, tokens, sources, watchId: Number(watch.id),
      async factId(key, prefix) {
        const rows = await queryRows<{ id: number }>(db, sql`
          SELECT f.id FROM facts f JOIN evidence e ON e.id = f.evidence_id WHERE f.source_id = ${sources[key]} AND e.quote LIKE ${`${prefix}%`} ORDER BY f.id`);
        if (rows.length !== 1) throw new Error(`fixture: ${rows.length} facts in ${key} start with "${prefix}"`);
        return Number(rows[0].id);
      },
      async recordOf(factId) {
        const [row] = await queryRows<{ record_id: number }>(db, sql`SELECT record_id FROM record_facts WHERE fact_id = ${factId}`);
        return Number(row.record_id);
      },
      async close() {
        await app.close();
        await disposeTestStore(store);
      },
    };
  } catch (error) {
    await disposeTestStore(store);
    throw error;
  }
}

/** Closes and removes a test store (the server engine waits for its connections to go first). */
export async function disposeTestStore(store: TestStore): Promise<void> {
  await store.dispose();
}

/** The header of a request made with `token`. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
