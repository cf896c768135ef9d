import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractFacts } from '../extract/pipeline.ts';
import { createGazetteerResolver, type Resolver } from '../gazetteer/resolver.ts';
import { MorphologyOnDemand } from './morphology-on-demand.ts';

const sample = (name: string) => readFileSync(new URL(`../../samples/articles/${name}`, import.meta.url), 'utf8');
const english = sample('2015-03-18-mtz-kostanay-assembly.md');
const russian = sample('2015-11-20-gomel-bryansk-programme.md');

test('facts are those of a resolver with az morphology, English and Russian, in either order', async () => {
  const eager = await createGazetteerResolver();
  const opts = { doc: 'x', lang: 'auto' as const };
  assert.match(russian, /[а-я]/);
  assert.doesNotMatch(english, /[\u0400-\u04ff]/);
  for (const order of [[english, russian], [russian, english]]) {
    const onDemand = await MorphologyOnDemand.create();
    for (const text of order) {
      assert.deepEqual(await onDemand.run(text, (r) => extractFacts(text, r, opts)), extractFacts(text, eager, opts));
    }
  }
});

test('a text without Cyrillic letters is read once, without az, while az is not asked', async () => {
  const onDemand = await MorphologyOnDemand.create();
  const seen: Resolver[] = [];
  await onDemand.run(english, (r) => seen.push(r));
  assert.equal(seen.length, 1);
  assert.throws(() => seen[0].morphology!.lemmas('орле'), /az morphology needed/);
});

test('a text read with a question to az is read again with the dictionaries', async () => {
  const onDemand = await MorphologyOnDemand.create();
  let reads = 0;
  const lemmas = await onDemand.run('Latin letters only', (r) => {
    reads++;
    return r.morphology!.lemmas('орле');
  });
  assert.equal(reads, 2);
  assert.ok(lemmas.includes('орёл'), lemmas.join(','));
  // The dictionaries stay loaded: the next text, Cyrillic or not, is read once with them.
  reads = 0;
  assert.ok((await onDemand.run('more Latin', (r) => (reads++, r.morphology!.lemmas('орле')))).includes('орёл'));
  assert.equal(reads, 1);
});

test('an error of the reading itself is thrown, not retried', async () => {
  const onDemand = await MorphologyOnDemand.create();
  let reads = 0;
  await assert.rejects(onDemand.run('text', () => {
    reads++;
    throw new Error('broken');
  }), /broken/);
  assert.equal(reads, 1);
});
