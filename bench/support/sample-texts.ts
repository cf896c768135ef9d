/**
 * The texts the extraction benchmarks run over: the project's samples (or a folder of .txt/.md
 * files) cycled until a byte budget is spent, one document at a time, so that no run ever
 * holds its whole corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFeed, readJsonl } from '../../src/ingest/readers/index.ts';

/** One sample: what extraction reads (a file with front matter, or a body with its metadata). */
export interface SampleText {
  name: string;
  text: string;
  isBody: boolean;
  title: string | null;
  date: string | null;
  lang: 'auto' | 'en' | 'ru';
}

/** A document handed to a benchmarked side, with its UTF-8 size. */
export type BenchDocument = SampleText & { bytes: number };

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));

/** The samples (articles, RSS items, JSONL records: ~100 KB), or the .txt/.md files of `dir`. */
export function loadSampleTexts(dir?: string): SampleText[] {
  return dir ? loadTextDir(dir) : loadSamples();
}

function loadSamples(): SampleText[] {
  const out: SampleText[] = [];
  const articles = join(samplesDir, 'articles');
  for (const f of readdirSync(articles).filter((f) => f.endsWith('.md')).sort()) {
    out.push({ name: f.replace(/\.md$/, ''), text: readFileSync(join(articles, f), 'utf8'), isBody: false, title: null, date: null, lang: 'auto' });
  }
  const feed = join(samplesDir, 'feeds', 'belarus-regions.rss');
  const jsonl = join(samplesDir, 'jsonl', 'eaeu-digest.jsonl');
  const items = [...readFeed(feed, readFileSync(feed, 'utf8')), ...readJsonl(jsonl, readFileSync(jsonl, 'utf8'))];
  items.forEach((item, i) => {
    if (!('body' in item)) throw new Error(`sample item failed: ${item.reason}`);
    const lang = item.lang === 'en' || item.lang === 'ru' ? item.lang : 'auto';
    out.push({ name: `item-${i + 1}`, text: item.body, isBody: true, title: item.title, date: item.date, lang });
  });
  return out;
}

/** The .txt and .md files of `dir`, each a document as `imon extract` reads it. */
function loadTextDir(dir: string): SampleText[] {
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).sort();
  if (files.length === 0) throw new Error(`--dir ${dir}: no .txt or .md files`);
  return files.map((f) => ({ name: f.replace(/\.\w+$/, ''), text: readFileSync(join(dir, f), 'utf8'), isBody: false, title: null, date: null, lang: 'auto' }));
}

/** Documents cycling over `samples` until `budget` bytes are handed out; one at a time. */
export function* cycledDocuments(samples: readonly SampleText[], budget: number): Generator<BenchDocument> {
  let spent = 0;
  for (let copy = 0; spent < budget; copy++) {
    for (const s of samples) {
      if (spent >= budget) return;
      const bytes = Buffer.byteLength(s.text, 'utf8');
      spent += bytes;
      yield { ...s, name: `${s.name}-${copy}`, bytes };
    }
  }
}

/** The samples' bodies as one paragraph of about `budget` bytes: no line breaks, no sentence ends. */
export function singleLineDocument(samples: readonly SampleText[], budget: number): BenchDocument {
  const bodies = samples.map((s) => (s.isBody ? s.text : s.text.replace(/^---\n[\s\S]*?\n---\n/, '')).replace(/[.!?…\r\n]+/g, ' '));
  const parts: string[] = [];
  for (let bytes = 0, k = 0; bytes < budget; k++) {
    const body = bodies[k % bodies.length]!;
    parts.push(body);
    bytes += Buffer.byteLength(body, 'utf8') + 1;
  }
  const text = parts.join(' ');
  return { name: 'single-line', text, isBody: true, title: null, date: null, lang: 'auto', bytes: Buffer.byteLength(text, 'utf8') };
}
