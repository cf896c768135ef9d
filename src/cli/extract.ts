import type { Fact, FactType } from '../domain/fact.ts';
import { extractFacts } from '../extract/pipeline.ts';
import { InputError, readInputDocument } from '../ingest/read-file.ts';
import type { Output } from './context.ts';
import { MorphologyOnDemand } from './morphology-on-demand.ts';

export interface ExtractCommandOptions {
  format: 'jsonl' | 'table';
  lang: 'auto' | 'en' | 'ru';
  date?: string;
  /** Only facts of these types (default: all); the others are not looked for. */
  types?: readonly FactType[];
}

/**
 * `imon extract FILE...`: facts of each file on stdout as they are found; a file that cannot
 * be read is reported on stderr and the others still print. Resolves to the exit code.
 */
export async function runExtract(files: string[], options: ExtractCommandOptions, io: Output): Promise<number> {
  const resolvers = await MorphologyOnDemand.create();
  let failed = 0;
  for (const file of files) {
    try {
      const facts = await extractFile(file, resolvers, options);
      if (options.format === 'jsonl') {
        if (facts.length) io.out(facts.map((f) => JSON.stringify(f)).join('\n'));
      } else {
        io.out(formatFactTable(file, facts));
      }
    } catch (error) {
      failed++;
      io.err(error instanceof InputError ? `imon: ${error.message}` : `imon: ${file}: ${(error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

export async function extractFile(file: string, resolvers: MorphologyOnDemand, options: Omit<ExtractCommandOptions, 'format'>): Promise<Fact[]> {
  const input = await readInputDocument(file);
  if (input.format === 'html') {
    // The HTML parser (parse5) loads only when a page is given: most inputs are text.
    const { htmlToText } = await import('../text/html.ts');
    const page = htmlToText(input.text);
    // The whole file decides whether az is loaded first: the page's title is read too.
    return resolvers.run(input.text, (resolver) => extractFacts(page.text, resolver, {
      doc: input.doc, lang: options.lang, date: options.date ?? page.date ?? undefined, isBody: true, title: page.title ?? null, types: options.types,
    }));
  }
  return resolvers.run(input.text, (resolver) => extractFacts(input.text, resolver, { doc: input.doc, lang: options.lang, date: options.date, types: options.types }));
}

function describeFact(fact: Fact): string {
  const money = (v: number | null, c: string | null) => (v == null ? '' : `${v.toLocaleString('en')} ${c ?? ''}`.trim());
  switch (fact.type) {
    case 'trade':
      return [fact.indicator, fact.flow, fact.period, money(fact.value, fact.currency), fact.change_pct != null ? `${fact.change_pct > 0 ? '+' : ''}${fact.change_pct}%` : ''].filter(Boolean).join(' ');
    case 'target':
      return [fact.indicator, money(fact.value, fact.currency), fact.by ? `by ${fact.by}` : ''].filter(Boolean).join(' ');
    case 'count':
      return `${fact.qualifier ?? ''} ${fact.value ?? '?'} ${fact.subject ?? ''}`.trim();
    case 'document':
      return `${fact.kind}: ${fact.title ?? '?'}${fact.date ? ` (${fact.date})` : ''}`;
    case 'event':
      return `${fact.kind}: ${fact.name ?? '?'}${fact.place ? ` @ ${fact.place}` : ''}${fact.date ? ` (${fact.date})` : ''}`;
    case 'project':
      return `${fact.kind}: ${fact.actors.join(', ')} -> ${fact.partner ?? '?'}: ${fact.subject ?? ''}`;
  }
}

/** `--format table`: one line per fact, for reading in a terminal. */
export function formatFactTable(file: string, facts: Fact[]): string {
  const lines = [`${file}: ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}`];
  for (const fact of facts) {
    lines.push(`  ${String(fact.start).padStart(6)}  ${fact.type.padEnd(8)}  ${fact.parties.join(', ') || '-'}  ${describeFact(fact)}`);
  }
  return lines.join('\n');
}
