/**
 * Extraction throughput against a peer: our extractFacts and wink-nlp's English pipeline
 * (readDoc + entities, model wink-eng-lite-web-model) over the same ~10 MB of text, each side
 * in its own child process so that peak memory (maxRSS) is that side's alone, both started with
 * the V8 flags imon runs with (bin/v8-flags.js). Prints MB/s for both, the ratio, facts/s (ours),
 * entities/s (wink), setup time and peak RSS. No assertions.
 *
 *   npx tsx bench/extract.ts [--mb 10] [--side ours|wink] [--single-line] [--dir DIR]
 *
 * --single-line hands each side one document instead: the samples' bodies run together into
 * a single paragraph of --mb MB with no line or sentence breaks, the worst case for stages
 * that read a sentence or a paragraph as a whole.
 *
 * --dir DIR cycles the .txt and .md files of DIR instead of the samples (a corpus of your own:
 * throughput depends on how many sentences hold facts, and the samples are dense with them).
 *
 * The text is the project's own samples (samples/articles/*.md, the RSS items and the JSONL
 * records) cycled until the byte budget is spent, one document at a time: the corpus is never
 * held whole. MB = 10^6 UTF-8 bytes of the text handed to each side. MB/s is given by wall clock
 * and by the side's CPU time (user + system of its process, V8's GC and compiler threads
 * included): on a shared machine the CPU figure is the steadier one.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS } from '../bin/v8-flags.js';
import { cycledDocuments, loadSampleTexts, singleLineDocument, type BenchDocument, type SampleText } from './support/sample-texts.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const MB = Number(arg('--mb', '10'));
const side = arg('--side', '');
const singleLine = args.includes('--single-line');
const textDir = arg('--dir', '');

/** The documents of this run: the samples (or --dir) cycled, or one single-line paragraph. */
function documents(samples: SampleText[], budget: number): Iterable<BenchDocument> {
  return singleLine ? [singleLineDocument(samples, budget)] : cycledDocuments(samples, budget);
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface SideResult {
  side: string;
  setupMs: number;
  /** Wall-clock and CPU (user + system, this process) time of the run, setup excluded. */
  ms: number;
  cpuMs: number;
  bytes: number;
  docs: number;
  /** Facts (ours) or entities (wink). */
  items: number;
  peakRssMb: number;
}

async function runOurs(budget: number): Promise<SideResult> {
  const samples = loadSampleTexts(textDir || undefined);
  let t = performance.now();
  const { createGazetteerResolver } = await import('../src/gazetteer/resolver.ts');
  const { extractFacts } = await import('../src/extract/pipeline.ts');
  const resolver = await createGazetteerResolver();
  const setupMs = performance.now() - t;
  let bytes = 0;
  let docs = 0;
  let items = 0;
  t = performance.now();
  const c = cpuNow();
  for (const d of documents(samples, budget)) {
    const facts = extractFacts(d.text, resolver, d.isBody
      ? { doc: d.name, isBody: true, lang: d.lang, date: d.date ?? undefined, title: d.title }
      : { doc: d.name });
    items += facts.length;
    bytes += d.bytes;
    docs++;
  }
  const ms = performance.now() - t;
  const cpuMs = cpuNow() - c;
  return { side: 'ours', setupMs, ms, cpuMs, bytes, docs, items, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function runWink(budget: number): Promise<SideResult> {
  const samples = loadSampleTexts(textDir || undefined);
  let t = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const setupMs = performance.now() - t;
  let bytes = 0;
  let docs = 0;
  let items = 0;
  t = performance.now();
  const c = cpuNow();
  for (const d of documents(samples, budget)) {
    const doc = nlp.readDoc(d.text);
    items += doc.entities().out(nlp.its.detail).length;
    bytes += d.bytes;
    docs++;
  }
  const ms = performance.now() - t;
  const cpuMs = cpuNow() - c;
  return { side: 'wink', setupMs, ms, cpuMs, bytes, docs, items, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(which: 'ours' | 'wink'): SideResult {
  const run = spawnSync(process.execPath, [...V8_FLAGS, '--import', 'tsx', fileURLToPath(import.meta.url), '--side', which, '--mb', String(MB), ...(singleLine ? ['--single-line'] : []), ...(textDir ? ['--dir', textDir] : [])], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${which} side failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

const budget = MB * 1e6;
if (side === 'ours' || side === 'wink') {
  const result = side === 'ours' ? await runOurs(budget) : await runWink(budget);
  console.log(JSON.stringify(result));
} else {
  const ours = child('ours');
  const wink = child('wink');
  const mb = (r: SideResult) => r.bytes / 1e6;
  const perSec = (x: number, ms: number) => x / (ms / 1000);
  const fmt = (x: number, d = 2) => x.toFixed(d);
  const shape = singleLine ? 'one single-line paragraph' : `${ours.docs} documents (${textDir ? `${textDir} cycled` : 'samples cycled'})`;
  console.log(`text: ${fmt(mb(ours))} MB in ${shape}; MB/s by wall clock and by this process's CPU time; both sides run with imon's V8 flags (${V8_FLAGS.join(' ')})`);
  for (const r of [ours, wink]) {
    const what = r.side === 'ours' ? 'facts' : 'entities';
    console.log(
      `${r.side.padEnd(5)} setup ${fmt(r.setupMs, 0).padStart(5)} ms  run ${fmt(r.ms / 1000, 1).padStart(6)} s ` +
        `(cpu ${fmt(r.cpuMs / 1000, 1).padStart(6)} s)  ${fmt(perSec(mb(r), r.ms)).padStart(6)} MB/s ` +
        `(cpu ${fmt(perSec(mb(r), r.cpuMs)).padStart(6)} MB/s)  ${fmt(perSec(r.docs, r.ms), 0).padStart(5)} docs/s  ` +
        `${fmt(perSec(r.items, r.ms), 0).padStart(6)} ${what}/s (${r.items})  peak RSS ${fmt(r.peakRssMb, 0)} MB`,
    );
  }
  console.log(`ratio ours/wink: ${fmt(wink.ms / ours.ms)}x wall, ${fmt(wink.cpuMs / ours.cpuMs)}x cpu (above 1: ours is faster)`);
}
