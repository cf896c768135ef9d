import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGazetteerResolver, type Resolver } from '../gazetteer/resolver.ts';
import { extractFacts, FACT_ORDER } from './pipeline.ts';

const articles = fileURLToPath(new URL('../../samples/articles/', import.meta.url));

let resolver: Resolver;
before(async () => {
  resolver = await createGazetteerResolver();
});

describe('extractFacts types', () => {
  const texts = readdirSync(articles).filter((f) => f.endsWith('.md')).sort().map((f) => ({ doc: f, text: readFileSync(join(articles, f), 'utf8') }));

  it('has samples that hold every fact type (so the next test covers each)', () => {
    const seen = new Set(texts.flatMap(({ doc, text }) => extractFacts(text, resolver, { doc }).map((f) => f.type)));
    assert.deepEqual([...seen].sort(), [...FACT_ORDER].sort());
  });

  it('finds exactly the facts of the asked types that a full run finds', () => {
    for (const { doc, text } of texts) {
      const all = extractFacts(text, resolver, { doc });
      for (const type of FACT_ORDER) {
        assert.deepEqual(extractFacts(text, resolver, { doc, types: [type] }), all.filter((f) => f.type === type), `${doc}: ${type}`);
      }
      const pair = ['project', 'trade'] as const;
      assert.deepEqual(extractFacts(text, resolver, { doc, types: pair }), all.filter((f) => (pair as readonly string[]).includes(f.type)), `${doc}: ${pair}`);
    }
  });

  it('finds nothing when no type is asked', () => {
    for (const { doc, text } of texts) assert.deepEqual(extractFacts(text, resolver, { doc, types: [] }), [], doc);
  });
});
