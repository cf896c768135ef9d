import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testEngines } from '../src/store/test-stores.ts';
import { openStore, type StoreLocation } from '../src/store/open.ts';
import { imon } from './support/imon.ts';

const storeArgs = (location: StoreLocation) =>
  location.engine === 'embedded' ? ['--data', location.dataDir] : ['--db', location.url];

describe('imon usage', () => {
  test('--help lists the commands that exist', async () => {
    const run = await imon(['--help']);
    assert.equal(run.code, 0);
    for (const command of ['init', 'stats', 'parties', 'start']) assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
  });

  test('no arguments, an unknown command or a bad option value exit 2 with a message', async () => {
    assert.equal((await imon([])).code, 2);
    const unknown = await imon(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command/);
    const badLimit = await imon(['parties', 'find', 'Minsk', '--limit', '-3']);
    assert.equal(badLimit.code, 2);
    assert.match(badLimit.stderr, /--limit must be an integer/);
  });

  test('an unreachable server is a failure (exit 1) that says where it looked', async () => {
    const run = await imon(['stats', '--db', 'postgres://nobody@127.0.0.1:1/none']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot open the PostgreSQL store at postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  });

  test('parties find resolves inflected Russian and English names, and says so when nothing matches', async () => {
    const run = await imon(['parties', 'find', 'Гомельской области', 'Irkutsk oblast', 'Qwertyville', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const results = JSON.parse(run.stdout) as { text: string; matches: { id: string; name: string; kind: string; code: string | null; score: number }[] }[];
    assert.deepEqual(results.map((r) => r.text), ['Гомельской области', 'Irkutsk oblast', 'Qwertyville']);
    assert.equal(results[0].matches[0].id, 'BY-HO');
    assert.equal(results[0].matches[0].code, 'BY-HO');
    assert.equal(results[1].matches[0].name, 'Irkutsk Region');
    assert.deepEqual(results[2].matches, []);
    const human = await imon(['parties', 'find', 'Qwertyville']);
    assert.match(human.stdout, /Qwertyville: no match/);
  });
});

for (const engine of testEngines) {
  describe(`imon init and stats on the ${engine.name} engine`, { skip: engine.skip ?? false }, () => {
    let location: StoreLocation;
    let dispose: () => Promise<void>;
    before(async () => {
      ({ location, dispose } = await engine.create());
    });
    after(async () => dispose?.());

    test('init loads the gazetteer, twice without changing a count', async () => {
      const first = await imon([...storeArgs(location), 'init']);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /gazetteer loaded: \d+ parties/);
      const stats1 = await imon([...storeArgs(location), 'stats', '--json']);
      assert.equal(stats1.code, 0, stats1.stderr);
      const second = await imon([...storeArgs(location), 'init']);
      assert.equal(second.code, 0, second.stderr);
      const stats2 = await imon([...storeArgs(location), 'stats', '--json']);
      assert.equal(stats2.stdout, stats1.stdout);

      const stats = JSON.parse(stats1.stdout);
      assert.ok(stats.parties.byKind.state >= 190, `states: ${stats.parties.byKind.state}`);
      assert.ok(stats.parties.byKind.region >= 200, `regions: ${stats.parties.byKind.region}`);
      const organisations = (stats.parties.byKind.enterprise ?? 0) + (stats.parties.byKind.institution ?? 0);
      assert.ok(organisations >= 60, `enterprises and institutions: ${organisations}`);
      assert.ok(stats.parties.byKind.bloc >= 5);
      assert.ok(stats.parties.byKind.city >= 50);
      assert.equal(stats.sources, 0);
      assert.deepEqual(stats.facts, { total: 0, byType: {}, byReview: {} });
    });
  });
}

describe('the embedded store folder is for one process at a time', () => {
  test('a second process gets a clear error while the first holds the folder', async () => {
    const { location, dispose } = await testEngines[0].create();
    const holder = await openStore(location);
    try {
      const run = await imon([...storeArgs(location), 'stats']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /in use by another imon process \(pid \d+\)/);
    } finally {
      await holder.close();
    }
    const after = await imon([...storeArgs(location), 'stats', '--json']);
    assert.equal(after.code, 0, after.stderr);
    await dispose();
  });
});
