// TEMP harness (not for commit): per-component timing over sample sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDocument, prepareBody } from '../src/text/document.ts';
import { readFeed, readJsonl } from '../src/ingest/readers/index.ts';
import { createGazetteerResolver } from '../src/gazetteer/resolver.ts';
import { findQuantities } from '../src/extract/quantities/index.ts';
import { findTimeExpressions, } from '../src/extract/time/index.ts';
import { collectNuclei } from '../src/extract/time/findTimeExpressions.ts';
import { findPartyMentions } from '../src/extract/parties/index.ts';
import { DATE_RULES } from '../src/extract/time/dates.ts';
import { PERIOD_RULES } from '../src/extract/time/periods.ts';
import { RELATIVE_RULES } from '../src/extract/time/relative.ts';
import { extractFacts } from '../src/extract/pipeline.ts';

const dir = '/work/main/samples';
const texts: { text: string; body: boolean }[] = [];
for (const f of readdirSync(join(dir, 'articles')).sort()) texts.push({ text: readFileSync(join(dir, 'articles', f), 'utf8'), body: false });
for (const it of [...readFeed('x', readFileSync(join(dir, 'feeds/belarus-regions.rss'), 'utf8')), ...readJsonl('y', readFileSync(join(dir, 'jsonl/eaeu-digest.jsonl'), 'utf8'))]) if ('body' in it) texts.push({ text: it.body, body: true });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const REPS = Number(process.argv[2] ?? 5);
const resolver = await createGazetteerResolver();
const sentences: string[] = [];
let t = cpu();
for (let r = 0; r < REPS; r++) for (const { text, body } of texts) {
  const p = body ? prepareBody(text, { raw: {} }, {}) : prepareDocument(text, {});
  if (r === 0) for (const para of p.paragraphs) for (const s of para.sentences) sentences.push(p.masked.slice(s.start, s.end));
}
const timings: [string, number][] = [];
timings.push(['prepare', cpu() - t]);
const time = (name: string, f: (s: string) => unknown) => {
  const t0 = cpu();
  for (let r = 0; r < REPS; r++) for (const s of sentences) f(s);
  timings.push([name, cpu() - t0]);
};
time('quantities', (s) => findQuantities(s));
time('time', (s) => findTimeExpressions(s, { date: '2020-01-01', halves: 'months' }));
time('time.collectNuclei', (s) => collectNuclei(s));
time('parties', (s) => findPartyMentions(s, resolver));
if (process.argv.includes('--rules')) {
  for (const rule of [...DATE_RULES, ...PERIOD_RULES, ...RELATIVE_RULES]) time(`rule ${rule.name}`, (s) => {
    if (rule.needs && !rule.needs.test(s)) return;
    rule.re.lastIndex = 0; let n = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) { rule.re.lastIndex = m.index + 1; n++; }
  });
}
t = cpu();
let facts = 0;
for (let r = 0; r < REPS; r++) for (const { text, body } of texts) facts += extractFacts(text, resolver, body ? { doc: 'x', isBody: true } : { doc: 'x' }).length;
timings.push(['extractFacts total', cpu() - t]);
const bytes = texts.reduce((a, x) => a + Buffer.byteLength(x.text), 0) * REPS;
console.log(`${sentences.length} sentences, ${(bytes / 1e6).toFixed(2)} MB, facts ${facts}`);
for (const [n, ms] of timings) console.log(`${n.padEnd(28)} ${ms.toFixed(0).padStart(7)} ms  ${((bytes / 1e6) / (ms / 1000)).toFixed(2)} MB/s`);
