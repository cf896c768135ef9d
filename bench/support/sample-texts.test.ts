import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cycledDocuments, loadSampleTexts, singleLineDocument } from './sample-texts.ts';

describe('sample texts for the extraction benchmarks', () => {
  it('loads the articles, RSS items and JSONL records of the samples', () => {
    const samples = loadSampleTexts();
    assert.ok(samples.some((s) => !s.isBody && s.text.startsWith('---\n')), 'an article with front matter');
    assert.ok(samples.some((s) => s.isBody && s.name.startsWith('item-')), 'a feed or JSONL item');
    assert.ok(samples.every((s) => s.text.length > 0));
  });

  it('cycles the texts until the budget is spent, each copy named apart', () => {
    const samples = [{ name: 'a', text: 'abc', isBody: true, title: null, date: null, lang: 'auto' as const }, { name: 'b', text: 'дд', isBody: true, title: null, date: null, lang: 'auto' as const }];
    const docs = [...cycledDocuments(samples, 20)];
    assert.deepEqual(docs.map((d) => d.name), ['a-0', 'b-0', 'a-1', 'b-1', 'a-2', 'b-2']);
    assert.deepEqual(docs.map((d) => d.bytes), [3, 4, 3, 4, 3, 4]);
    assert.ok(docs.slice(0, -1).reduce((a, d) => a + d.bytes, 0) < 20);
  });

  it('joins the bodies into one paragraph with no line breaks or sentence ends', () => {
    const doc = singleLineDocument(loadSampleTexts(), 50_000);
    assert.ok(doc.bytes >= 50_000);
    assert.doesNotMatch(doc.text, /[.!?…\r\n]/);
    assert.doesNotMatch(doc.text, /^---/);
  });

  it('reads the .txt and .md files of a folder, and names an empty one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'imon-sample-texts-'));
    try {
      assert.throws(() => loadSampleTexts(dir), /no \.txt or \.md files/);
      writeFileSync(join(dir, 'one.txt'), 'One.');
      writeFileSync(join(dir, 'two.md'), 'Two.');
      writeFileSync(join(dir, 'skip.json'), '{}');
      assert.deepEqual(loadSampleTexts(dir).map((s) => s.name), ['one', 'two']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
