import { z } from 'zod';
import { normalizeDate, normalizeLang, textOrNull } from './metadata.ts';
import type { ItemFailure, SourceItem } from './types.ts';

/** One line of a JSONL input. Unknown keys are ignored; `text` is the only one required. */
const optionalText = () => z.string({ error: 'expected a string or null' }).nullish();
export const JsonlRecord = z.object(
  {
    title: optionalText(),
    date: z.union([z.string(), z.number()], { error: 'expected a date string or a year number' }).nullish(),
    url: optionalText(),
    lang: optionalText(),
    publisher: optionalText(),
    text: z
      .string({ error: (issue) => (issue.input === undefined ? 'missing' : 'expected a string') })
      .refine((s) => s.trim() !== '', 'is empty'),
  },
  { error: 'expected a JSON object' },
);
export type JsonlRecord = z.infer<typeof JsonlRecord>;

/**
 * A JSONL file: one source per non-blank line. A line that is not JSON or not a valid
 * record fails alone ("line 7") and the other lines go on. Line numbers count every
 * line, blank ones too, so they match an editor's. A file where no line is a valid
 * record (another kind of JSONL: facts, logs) gives one failure for the whole file
 * instead of one per line.
 */
export function* readJsonl(file: string, text: string): Generator<SourceItem | ItemFailure> {
  let held: ItemFailure[] = []; // failures before the first good line
  let good = false;
  for (const x of readJsonlLines(file, text)) {
    if ('body' in x) {
      if (!good) yield* held;
      good = true;
      held = [];
      yield x;
    } else if (good) yield x;
    else held.push(x);
  }
  if (good) return;
  if (held.length === 1) yield held[0];
  else if (held.length > 1) yield { file, reason: `no valid records: all ${held.length} lines failed (${held[0].item}: ${held[0].reason})` };
}

function* readJsonlLines(file: string, text: string): Generator<SourceItem | ItemFailure> {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    const n = i + 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      yield { file, item: `line ${n}`, reason: `invalid JSON (${(error as Error).message})` };
      continue;
    }
    const parsed = JsonlRecord.safeParse(json);
    if (!parsed.success) {
      yield { file, item: `line ${n}`, reason: describeIssues(parsed.error) };
      continue;
    }
    const r = parsed.data;
    yield {
      location: `${file}#line-${n}`,
      format: 'jsonl',
      title: textOrNull(r.title),
      date: normalizeDate(r.date),
      url: textOrNull(r.url),
      lang: normalizeLang(r.lang),
      publisher: textOrNull(r.publisher),
      body: r.text,
      bodyIsPlain: false,
    };
  }
}

/** "text: missing; date: expected a date string or a year number" */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'record';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
