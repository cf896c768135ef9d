/**
 * Where extraction's time goes, stage by stage, beside wink-nlp in the same run: each stage
 * runs over the same cycled text (samples or --dir) in a process of its own, so each one pays
 * its own JIT warm-up as the whole pipeline does in bench/extract.ts. Prints MB/s by wall clock
 * and by CPU, the ratio to wink-nlp's CPU time, and each stage's share of the full pipeline's.
 * No assertions.
 *
 *   npx tsx bench/extract-stages.ts [--mb 3] [--warm MB] [--dir DIR] [--stages wink,segment,...]
 *
 * --warm MB runs that much text first, untimed, in every process: what is left is the steady
 * state, once V8 has compiled what runs hot (a 10 MB run spends seconds of CPU compiling).
 *
 * Stages (each includes what it says, nothing else):
 *   wink        wink-nlp's readDoc + entities (model wink-eng-lite-web-model): the peer
 *   segment     front matter, artifacts, language, paragraphs and sentences (prepareDocument)
 *   parties     segment + party mentions of every sentence
 *   quantities  segment + money, percentages, multipliers and bare numbers of every sentence
 *   times       segment + time expressions of every sentence (the pipeline finds them only
 *               where a recognizer asks: an upper bound of what it pays)
 *   annotate    the pipeline with no fact type asked: segment, parties, quantities, datelines
 *   trade ... project   annotate + that one recognizer (with the time expressions it asks for)
 *   full        the whole pipeline, as bench/extract.ts runs it
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS } from '../bin/v8-flags.js';
import { cycledDocuments, loadSampleTexts, type BenchDocument } from './support/sample-texts.ts';
import type { FactType } from '../src/domain/fact.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
};
const MB = Number(arg('--mb', '3'));
const warmMB = Number(arg('--warm', '0'));
const textDir = arg('--dir', '');
const only = arg('--stage', '');

const FACT_TYPES: readonly FactType[] = ['trade', 'target', 'count', 'document', 'event', 'project'];
const STAGES = ['wink', 'segment', 'parties', 'quantities', 'times', 'annotate', ...FACT_TYPES, 'full'] as const;
type Stage = (typeof STAGES)[number];
const chosen = arg('--stages', STAGES.join(',')).split(',') as Stage[];
for (const s of chosen) if (!STAGES.includes(s)) throw new Error(`unknown stage ${s}: one of ${STAGES.join(', ')}`);

interface StageResult {
  stage: Stage;
  ms: number;
  cpuMs: number;
  bytes: number;
  /** What the stage found: entities, sentences, mentions, quantities, expressions or facts. */
  items: number;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs one stage over the budget in this process; setup (model, gazetteer) is not timed. */
async function runStage(stage: Stage, budget: number, warm: number): Promise<StageResult> {
  const samples = loadSampleTexts(textDir || undefined);
  const perDocument = await stageFunction(stage);
  for (const d of cycledDocuments(samples, warm)) perDocument(d);
  let bytes = 0;
  let items = 0;
  const t = performance.now();
  const c = cpuNow();
  for (const d of cycledDocuments(samples, budget)) {
    items += perDocument(d);
    bytes += d.bytes;
  }
  return { stage, ms: performance.now() - t, cpuMs: cpuNow() - c, bytes, items };
}

/** What one stage does with a document; returns how many things it found. */
async function stageFunction(stage: Stage): Promise<(d: BenchDocument) => number> {
  if (stage === 'wink') {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    return (d) => nlp.readDoc(d.text).entities().out(nlp.its.detail).length;
  }
  const { prepareBody, prepareDocument } = await import('../src/text/document.ts');
  const { createGazetteerResolver } = await import('../src/gazetteer/resolver.ts');
  const { extractFacts, MAX_SENTENCE } = await import('../src/extract/pipeline.ts');
  const { findPartyMentions } = await import('../src/extract/parties/index.ts');
  const { findQuantities } = await import('../src/extract/quantities/index.ts');
  const { findTimeExpressions } = await import('../src/extract/time/index.ts');
  const resolver = await createGazetteerResolver();

  if (stage === 'full' || stage === 'annotate' || (FACT_TYPES as readonly string[]).includes(stage)) {
    const types = stage === 'full' ? undefined : stage === 'annotate' ? [] : [stage as FactType];
    return (d) => extractFacts(d.text, resolver, d.isBody
      ? { doc: d.name, isBody: true, lang: d.lang, date: d.date ?? undefined, title: d.title, types }
      : { doc: d.name, types }).length;
  }
  // The sentence windows the pipeline reads, from the same preparation.
  const eachSentence = (d: BenchDocument, read: (text: string, date: string | null) => number): number => {
    const prepared = d.isBody ? prepareBody(d.text, { raw: {} }, { lang: d.lang }) : prepareDocument(d.text, { lang: d.lang });
    const date = d.date ?? prepared.meta.date ?? null;
    let found = 0;
    for (const paragraph of prepared.paragraphs) {
      for (const span of paragraph.sentences) {
        for (let start = span.start; start < span.end; start += MAX_SENTENCE) {
          found += read(prepared.masked.slice(start, Math.min(span.end, start + MAX_SENTENCE)), date);
        }
      }
    }
    return found;
  };
  switch (stage) {
    case 'segment':
      return (d) => eachSentence(d, () => 1);
    case 'parties':
      return (d) => eachSentence(d, (text) => findPartyMentions(text, resolver).length);
    case 'quantities':
      return (d) => eachSentence(d, (text) => findQuantities(text).length);
    case 'times':
      return (d) => eachSentence(d, (text, date) => findTimeExpressions(text, date ? { date, halves: 'months' } : { halves: 'months' }).length);
    default:
      throw new Error(`no stage ${stage}`);
  }
}

function child(stage: Stage): StageResult {
  const run = spawnSync(process.execPath, [...V8_FLAGS, '--import', 'tsx', fileURLToPath(import.meta.url), '--stage', stage, '--mb', String(MB), '--warm', String(warmMB), ...(textDir ? ['--dir', textDir] : [])], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`stage ${stage} failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

const budget = MB * 1e6;
if (only) {
  console.log(JSON.stringify(await runStage(only as Stage, budget, warmMB * 1e6)));
} else {
  const results = chosen.map((stage) => {
    const r = child(stage);
    process.stderr.write(`${stage} done\n`);
    return r;
  });
  const wink = results.find((r) => r.stage === 'wink');
  const full = results.find((r) => r.stage === 'full');
  const fmt = (x: number, d = 2) => x.toFixed(d);
  const mbps = (r: StageResult, ms: number) => r.bytes / 1e6 / (ms / 1000);
  const warmed = warmMB > 0 ? `, timed after ${fmt(warmMB, 1)} MB untimed` : '';
  console.log(`text: ${fmt(results[0]!.bytes / 1e6)} MB (${textDir ? `${textDir} cycled` : 'samples cycled'})${warmed}, each stage in its own process with imon's V8 flags (${V8_FLAGS.join(' ')})`);
  console.log(`${'stage'.padEnd(11)} ${'MB/s'.padStart(6)} ${'cpu MB/s'.padStart(9)} ${'cpu s'.padStart(6)} ${'wink/stage'.padStart(11)} ${'of full'.padStart(8)}  found`);
  for (const r of results) {
    const vsWink = wink ? fmt(wink.cpuMs / r.cpuMs) + 'x' : '-';
    const ofFull = full ? fmt((100 * r.cpuMs) / full.cpuMs, 0) + '%' : '-';
    console.log(`${r.stage.padEnd(11)} ${fmt(mbps(r, r.ms)).padStart(6)} ${fmt(mbps(r, r.cpuMs)).padStart(9)} ${fmt(r.cpuMs / 1000, 1).padStart(6)} ${vsWink.padStart(11)} ${ofFull.padStart(8)}  ${r.items}`);
  }
  console.log('wink/stage: wink-nlp CPU time over the stage\'s (above 1: the stage alone is faster than wink-nlp\'s whole pipeline)');
}
