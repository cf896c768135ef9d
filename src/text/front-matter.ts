import { parse as parseYaml } from 'yaml';

/** What a document says about itself in its front matter. Absent or empty values are left out. */
export interface FrontMatterMeta {
  title?: string;
  /** As written ("2021-10-14", "2021", "2021-10-14T08:00:00Z"); not reinterpreted here. */
  date?: string;
  url?: string;
  /** As written ("en", "ru", "de", "en-US"). */
  lang?: string;
  publisher?: string;
  author?: string;
  /** Every key of the block with its parsed value, including the ones above. */
  raw: Record<string, unknown>;
}

export interface FrontMatterSplit {
  meta: FrontMatterMeta;
  /** The file text after the front-matter block: the coordinate space of every fact. */
  body: string;
  /** Index in the file text where the body starts (0 when there is no front matter). */
  bodyOffset: number;
  /** Set when a block was found but its YAML did not parse as a mapping. */
  error?: string;
}

/**
 * The block must match the interchange definition used by shared/eval/score.mjs exactly:
 * `^---\r?\n[\s\S]*?\r?\n---\r?\n`. Any other reading (an empty `---\n---\n` block, a
 * closing fence at end of file without a newline) would shift every offset against the
 * scorer, so those are left in the body. One extension: a UTF-8 BOM before the opening
 * fence is accepted and belongs to the block (a BOM is not content). Without front
 * matter a leading BOM stays in the body so offsets still match the raw file.
 */
const BLOCK = /^(\uFEFF?)---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Front-matter keys that mean the same as ours, in order of preference. */
const ALIASES: Record<'title' | 'date' | 'url' | 'lang' | 'publisher' | 'author', string[]> = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'pubdate', 'pub_date', 'published_at', 'datepublished'],
  url: ['url', 'link', 'source_url', 'canonical'],
  lang: ['lang', 'language', 'locale'],
  publisher: ['publisher', 'source', 'site', 'site_name'],
  author: ['author', 'authors', 'byline'],
};

/**
 * Splits a file into front-matter metadata and body.
 *
 * Malformed YAML (common in scraped files: `title: Belarus: a story`) does not make the
 * block part of the body, because the scorer strips it regardless of its content; the
 * metadata then falls back to a line-by-line `key: value` reading and `error` says why.
 */
export function splitFrontMatter(fileText: string): FrontMatterSplit {
  const m = BLOCK.exec(fileText);
  if (!m) return { meta: { raw: {} }, body: fileText, bodyOffset: 0 };
  const bodyOffset = m[0].length;
  const body = fileText.slice(bodyOffset);
  const inner = m[2];
  let raw: Record<string, unknown>;
  let error: string | undefined;
  try {
    const parsed: unknown = inner.trim() === '' ? {} : readSimpleMapping(inner) ?? parseYaml(inner, { uniqueKeys: false });
    if (parsed === null || parsed === undefined) raw = {};
    else if (typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
    else throw new Error('front matter is not a key: value mapping');
  } catch (e) {
    error = `front matter: ${(e as Error).message.split('\n')[0]}`;
    raw = parseLooseKeyValues(inner);
  }
  return { meta: metaFrom(raw), body, bodyOffset, ...(error ? { error } : {}) };
}

const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
/** A plain scalar the YAML core schema reads as the string itself: starts with a letter, no indicators. */
const PLAIN_STRING = /^\p{L}[^"#{}[\]\t]*$/u;
const CORE_NON_STRING = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The common front matter, one `key: value` line per field with plain or quoted text, read
 * without the YAML parser (which costs more than the rest of a short article's preparation).
 * Returns exactly what parseYaml returns for such a block, or null for anything else
 * (comments, nesting, lists, numbers, escapes, duplicate keys), which then goes to the parser.
 */
export function readSimpleMapping(block: string): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const line of block.split('\n')) {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (/^ *$/.test(text)) continue;
    const m = SIMPLE_LINE.exec(text);
    if (!m || m[1] === '__proto__' || Object.hasOwn(out, m[1])) return null;
    const v = (m[2] ?? '').replace(/ +$/, '');
    let value: string | null;
    let q: RegExpExecArray | null;
    if (v === '') value = null;
    else if ((q = DOUBLE_QUOTED.exec(v) ?? SINGLE_QUOTED.exec(v))) value = q[1];
    else if (ISO_DAY.test(v)) value = v;
    else if (PLAIN_STRING.test(v) && !CORE_NON_STRING.test(v) && !v.includes(': ') && !v.endsWith(':') && !v.includes('\r')) value = v;
    else return null;
    out[m[1]] = value;
  }
  return out;
}

/** A forgiving reading of `key: value` lines for blocks the YAML parser rejects. */
export function parseLooseKeyValues(block: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of block.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (!kv) continue;
    let v = kv[2].trim();
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) v = v.slice(1, -1);
    out[kv[1]] = v === '' ? null : v;
  }
  return out;
}

function metaFrom(raw: Record<string, unknown>): FrontMatterMeta {
  const lower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(raw)) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  const meta: FrontMatterMeta = { raw };
  for (const [field, keys] of Object.entries(ALIASES) as [keyof typeof ALIASES, string[]][]) {
    for (const k of keys) {
      const v = scalarText(lower.get(k));
      if (v !== undefined) {
        meta[field] = v;
        break;
      }
    }
  }
  return meta;
}

/** A scalar (or a list of scalars, for authors) as trimmed text; undefined when empty. */
function scalarText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = v.map(scalarText).filter((s): s is string => s !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}
