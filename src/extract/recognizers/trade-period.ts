/**
 * The period a trade figure is for: the time expression of its own clause (never a
 * comparison base, a deadline or a single day), else the last period named shortly before
 * ("In Q1 ... . This consisted of exports of ..."), else the period the document is about
 * (its title, its first sentences) when the document is short like a news story.
 */
import { findTimeExpressions, type TimeExpression } from '../time/index.ts';
import type { AnnotatedSentence, DocumentContext } from '../sentence.ts';
import { continuedFrom } from './parties-in-context.ts';
import { anchorsOf } from './trade-lexicon.ts';

/** Sentences a document may have for its opening period to stand for all its figures. */
const TOPIC_MAX_SENTENCES = 60;
/** How many sentences back a period still carries over. */
const CARRY_BACK = 6;

/** Parts of a year whose year the text around may tell: "in January-August", "в I полугодии". */
const CALENDAR_PART_RE =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|quarter|half|январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|квартал|полугоди|(?<![\p{L}])Q[1-4])/iu;

/** "Now" words: a figure stated for the present has no period of its own. */
const PRESENT_RE = /(?<![\p{L}])(?:currently|now|at\s+present|at\s+the\s+moment|today|сейчас|в\s+настоящее\s+время|на\s+сегодня(?:шний\s+день)?|сегодня)(?![\p{L}])/iu;

/** "2021-H1" as the months the interchange format writes: "2021-01..2021-06". */
export function normalizePeriod(value: string): string {
  const half = /^(\d{4})-H([12])$/.exec(value);
  if (half) return half[2] === '1' ? `${half[1]}-01..${half[1]}-06` : `${half[1]}-07..${half[1]}-12`;
  return value;
}

/**
 * A year written as a level ("92.4% of the 2019 level", "the 2019 figures") is a comparison
 * base even where the time annotator did not mark it so.
 */
const LEVEL_AFTER_RE = /^\s*(?:['’]s\s+)?(?:year['’]?s?\s+)?(?:levels?|figures?|indicators?|volumes?)(?![\p{L}])/iu;
const LEVEL_BEFORE_RE = /(?<![\p{L}])(?:levels?\s+of|уровн\p{L}*|показател\p{L}*|than(?:\s+(?:in|for))?|чем(?:\s+(?:в|за))?)\s+$/iu;

function baseLike(text: string, e: TimeExpression): boolean {
  return LEVEL_AFTER_RE.test(text.slice(e.end, e.end + 24)) || LEVEL_BEFORE_RE.test(text.slice(Math.max(0, e.start - 16), e.start));
}

/** A single day. */
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A whole year. */
const ONE_YEAR_RE = /^\d{4}$/;

/** A time expression that can be the period of a figure. */
function usable(e: TimeExpression): boolean {
  if (e.base || e.value === null) return false;
  if (e.kind !== 'period' && e.kind !== 'date') return false;
  if (e.open === 'end') return false; // "since 2015" is the base of a change
  return !DAY_RE.test(e.value);
}

/** A relative period or date the reference date could not resolve ("in January-August"). */
function unresolved(e: TimeExpression): boolean {
  return !e.base && e.value === null && (e.kind === 'period' || e.kind === 'date');
}

/** Parenthesised stretches of a text, as [start, end) pairs. */
export function parenRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) stack.push(i);
    else if (c === 41 /* ) */ && stack.length) {
      const s = stack.pop()!;
      if (stack.length === 0) out.push([s, i + 1]);
    }
  }
  return out;
}

function parenOf(parens: ReadonlyArray<[number, number]>, pos: number): [number, number] | null {
  for (const p of parens) if (pos >= p[0] && pos < p[1]) return p;
  return null;
}

export interface FigureSpan {
  start: number;
  end: number;
}

/**
 * The expression for a figure among `times`: same brackets first, then outside any brackets
 * (a time inside brackets speaks only for figures in them: "$62bn (in 2015 it was $46bn)");
 * the nearest by gap, where a time written right after another figure is that figure's
 * ("$133 million in 2024 and $68 million in January-June 2025"); on a tie the one before.
 */
function choose(text: string, times: readonly TimeExpression[], fig: FigureSpan, mine: readonly FigureSpan[], others: readonly FigureSpan[], parens: ReadonlyArray<[number, number]>): TimeExpression | undefined {
  const figParen = parenOf(parens, fig.start);
  let best: TimeExpression | undefined;
  let bestScore = Infinity;
  for (const e of times) {
    const p = parenOf(parens, e.start);
    let score: number;
    if (p && figParen && p[0] === figParen[0]) score = 0;
    else if (!p) score = figParen ? 10_000 : 0;
    else continue;
    const gap = e.start >= fig.end ? e.start - fig.end : fig.start >= e.end ? fig.start - e.end : 0;
    score += gap + (e.start >= fig.end ? 0.5 : 0);
    const owner = ownerOf(text, e, others);
    if (owner && !mine.includes(owner)) score += 5_000;
    if (score < bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

/** A dash or colon between a period and the figure it introduces: "за январь–июль — 248,9 млн". */
const INTRO_GAP_RE = /^\s*[—–:-]?\s*$/u;

/**
 * The figure a time expression is written for, if it stands right next to one: the figure it
 * introduces ("а за январь–июль 2018 года — 248,9 млн"), else the one it follows ("$133 million
 * in 2024 and ...").
 */
function ownerOf(text: string, e: TimeExpression, figures: readonly FigureSpan[]): FigureSpan | null {
  let before: FigureSpan | null = null;
  for (const g of figures) {
    if (g.start >= e.end) {
      if (g.start - e.end <= 4 && INTRO_GAP_RE.test(text.slice(e.end, g.start))) return g;
      break;
    }
    if (g.end <= e.start) before = g;
  }
  return before && e.start - before.end <= 4 ? before : null;
}

export interface PeriodChoice {
  period: string | null;
  /** The sentence names a period for the figure but it could not be resolved. */
  unresolved: boolean;
}

/**
 * The period of the figure `fig` of `sentence`; `mine` are the figures of the same fact,
 * `others` all figures of the sentence.
 */
export function periodFor(
  sentence: AnnotatedSentence,
  context: DocumentContext,
  fig: FigureSpan,
  parens: ReadonlyArray<[number, number]>,
  mine: readonly FigureSpan[] = [fig],
  others: readonly FigureSpan[] = [],
): PeriodChoice {
  const own = choose(sentence.text, sentence.times.filter((e) => usable(e) && !baseLike(sentence.text, e)), fig, mine, others, parens);
  if (own) return { period: normalizePeriod(own.value!), unresolved: false };
  // "Since 2015, trade has grown by 22.6%": the change runs from a base to now; no period.
  if (sentence.times.some((e) => e.open === 'end' && !e.base)) return { period: null, unresolved: false };
  if (sentence.times.some(unresolved)) {
    // "in January-August" after "in the seven months of 2020": the year of the text around.
    const year = sentence.times.some((e) => unresolved(e) && CALENDAR_PART_RE.test(e.raw)) ? contextYear(sentence, context) : null;
    if (year) {
      const again = findTimeExpressions(sentence.text, { date: `${year}-12-31` }).filter(usable);
      const e = choose(sentence.text, again, fig, mine, others, parens);
      if (e) return { period: normalizePeriod(e.value!), unresolved: false };
    }
    return { period: null, unresolved: true };
  }
  if (PRESENT_RE.test(sentence.text.slice(Math.max(0, fig.start - 120), fig.start))) return { period: null, unresolved: false };
  return { period: carriedPeriod(sentence, context), unresolved: false };
}

/**
 * The trade statements before `sentence` a period may carry over from, nearest first: a
 * period said about something else does not carry. A paragraph break ends the carry, unless
 * the paragraph goes on across a page break or the text is a short story.
 */
function carrySources(sentence: AnnotatedSentence, context: DocumentContext): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = [];
  const short = context.sentences.length <= TOPIC_MAX_SENTENCES;
  let cur = sentence;
  for (let i = sentence.index - 1, n = 0; i >= 0 && n < CARRY_BACK; i--, n++) {
    const s = context.sentences[i];
    if (s.paragraph !== cur.paragraph && continuedFrom(cur, context) !== s && !short) break;
    cur = s;
    if (continuedFrom(sentence, context) === s || anchorsOf(s).length) out.push(s);
  }
  return out;
}

/**
 * Times of a sentence that can carry to the next: outside brackets, and periods or whole
 * years ("In February 2021 a memorandum was signed" dates an event, not the figures after).
 */
function mainTimes(s: AnnotatedSentence): TimeExpression[] {
  const parens = parenRanges(s.text);
  return s.times.filter((e) => usable(e) && !baseLike(s.text, e) && !parenOf(parens, e.start) && (e.kind === 'period' || ONE_YEAR_RE.test(e.value!)));
}

/** The period named shortly before, else the document's opening period. */
export function carriedPeriod(sentence: AnnotatedSentence, context: DocumentContext): string | null {
  for (const s of carrySources(sentence, context)) {
    const times = mainTimes(s);
    if (times.length) return normalizePeriod(pickLast(times).value!);
  }
  return topicPeriod(context);
}

/** The year of the text around a sentence: shortly before it, else (undated texts) the latest year named. */
function contextYear(sentence: AnnotatedSentence, context: DocumentContext): number | null {
  for (const s of carrySources(sentence, context)) {
    const times = mainTimes(s);
    if (times.length) return Number(pickLast(times).value!.slice(0, 4));
  }
  if (context.refDate || context.sentences.length > TOPIC_MAX_SENTENCES) return null;
  // An undated text is of the latest year it reports on, and not later than its first deadline.
  let latest: number | null = null;
  let deadline: number | null = null;
  for (const s of context.sentences) {
    for (const e of s.times) {
      if (e.relative || e.base || !e.value) continue;
      const years = e.value.match(/\d{4}/g);
      const y = years ? Number(years[years.length - 1]) : 0;
      if (y < 1990 || y > 2100) continue;
      if (e.kind === 'deadline') deadline = deadline === null ? y : Math.min(deadline, y);
      else if (e.kind === 'period' || e.kind === 'date') latest = latest === null ? y : Math.max(latest, y);
    }
  }
  return latest ?? deadline;
}

function pickLast(times: TimeExpression[]): TimeExpression {
  // Periods beat dates: "In 2021 ... in January-June" -> the months.
  const periods = times.filter((e) => e.kind === 'period');
  const list = periods.length ? periods : times;
  return list[list.length - 1];
}

/** topicPeriod of each document, kept: it reads the title's time expressions, and many figures ask. */
const topicByDocument = new WeakMap<DocumentContext, string | null>();

/** The period of the title, else of the first sentences' periods, in a short document. */
export function topicPeriod(context: DocumentContext): string | null {
  if (!topicByDocument.has(context)) topicByDocument.set(context, readTopicPeriod(context));
  return topicByDocument.get(context)!;
}

function readTopicPeriod(context: DocumentContext): string | null {
  if (context.sentences.length > TOPIC_MAX_SENTENCES) return null;
  if (context.title) {
    const t = findTimeExpressions(context.title, context.refDate ? { date: context.refDate } : {}).filter(usable);
    if (t.length) return normalizePeriod(t[0].value!);
  }
  for (const s of context.sentences.slice(0, 3)) {
    const t = s.times.filter((e) => usable(e) && e.kind === 'period');
    if (t.length) return normalizePeriod(t[0].value!);
  }
  return null;
}
