import { readdirSync, readFileSync } from 'node:fs';

const { prepareDocument } = await import('../src/text/document.ts');
const { findPartyMentions } = await import('../src/extract/parties/index.ts');
const { createGazetteerResolver } = await import('../src/gazetteer/resolver.ts');
const resolver = await createGazetteerResolver();
const dirs = ['/work/main/samples/articles/', '/work/shared/corpus/news-dev/docs/'];
const sentences: string[] = [];
for (const dir of dirs) for (const f of readdirSync(dir)) { const p = prepareDocument(readFileSync(dir + f, 'utf8'), {}); for (const para of p.paragraphs) for (const s of para.sentences) sentences.push(p.masked.slice(s.start, s.end)); }
const MB = sentences.reduce((a, s) => a + Buffer.byteLength(s), 0) / 1e6;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const res: number[] = []; let n = 0; let sig = 0;
for (let r = 0; r < Number(process.argv[2] ?? 6); r++) { const t = cpu(); for (const s of sentences) { const m = findPartyMentions(s, resolver); n += m.length; for (const x of m) sig = (sig * 31 + x.start * 7 + x.end + x.party.id.length + Math.round(x.score * 1000)) % 1000000007; } res.push((cpu() - t) / MB); }
console.log(`${(MB).toFixed(2)} MB sentences; parties ms/MB: ${res.map((x) => x.toFixed(0)).join(' ')} | mentions ${n} sig ${sig}`);
