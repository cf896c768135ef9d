/**
 * Finds dates, periods, deadlines and validity spans in English and Russian text.
 *
 * How: every rule (dates.ts, periods.ts, relative.ts) scans the text with one linear regex
 * and proposes nuclei; bare years and lone months are kept only where the words around
 * make them time (yearContext.ts); overlaps go to the longest; the preposition and modifier
 * before each nucleus (context.ts) decide its kind; resolve.ts fills in relative years.
 * chrono-node is not used: it knows single dates only (periods, quarters, deadlines need
 * this grammar anyway), and these rules keep exact offsets and run one pass per rule.
 */
import { parseRefDate } from './calendar.ts';
import { lookBackStart, readLeftContext, type LeftContext } from './context.ts';
import { DATE_RULES } from './dates.ts';
import { isYearShape, type Nucleus, type Rule, type Shape, type TextTest } from './nucleus.ts';
import { PERIOD_RULES } from './periods.ts';
import { RELATIVE_RULES } from './relative.ts';
import { resolveShape, type Anchor, type Resolved } from './resolve.ts';
import type { TimeExpression, TimeKind, TimeRef } from './types.ts';
import { isYearNumber } from './yearContext.ts';

const RULES: readonly Rule[] = [...DATE_RULES, ...PERIOD_RULES, ...RELATIVE_RULES];

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Candidate extends Nucleus {
  /** Index of the rule: breaks ties between equally long candidates. */
  priority: number;
}

/** The pre-checks of one text. Predicates (shared by several rules) are answered once. */
class Checks {
  private readonly asked: ((text: string) => boolean)[] = [];
  private readonly answers: boolean[] = [];
  constructor(private readonly text: string) {}

  passes(needs: TextTest | readonly TextTest[]): boolean {
    if (!Array.isArray(needs)) return this.one(needs as TextTest);
    for (const t of needs) if (!this.one(t)) return false;
    return true;
  }

  private one(t: TextTest): boolean {
    if (t instanceof RegExp) return t.test(this.text);
    // Two or three predicates per text: a linear look-up is cheaper than a Map.
    const k = this.asked.indexOf(t);
    if (k >= 0) return this.answers[k]!;
    const ok = t(this.text);
    this.asked.push(t);
    this.answers.push(ok);
    return ok;
  }
}

/** Each rule with the sticky twin of its regex, for rules that say where matches start. */
const PLANS = RULES.map((rule) => ({
  rule,
  sticky: rule.starts ? new RegExp(rule.re.source, `${rule.re.flags}y`) : null,
}));

/**
 * The leftmost match of `re` at or after `from`. With `starts`, `re` (sticky) is tried only
 * where `starts` matches, leftmost first: since every match of `re` begins at such a place,
 * the first success is the match a plain scan would find.
 */
function nextMatch(text: string, from: number, re: RegExp, sticky: RegExp | null, starts: RegExp | undefined): RegExpExecArray | null {
  if (!sticky || !starts) {
    re.lastIndex = from;
    return re.exec(text);
  }
  for (let at = from; at <= text.length; ) {
    starts.lastIndex = at;
    const s = starts.exec(text);
    if (!s) return null;
    sticky.lastIndex = s.index;
    const m = sticky.exec(text);
    if (m) return m;
    at = s.index + 1;
  }
  return null;
}

/**
 * Whether any rule can match in a text: true when some rule's first pre-check passes. Most
 * sentences hold no time, and this settles them with a few scans instead of one per rule:
 * the rules' own pattern pre-checks with the same flags are joined into one alternation
 * (which matches exactly where one of them does), and predicates are asked as they are. A
 * rule without pre-checks may match anywhere, and then every text passes.
 */
function anyRuleMayMatch(rules: readonly Rule[]): (text: string) => boolean {
  const sourcesByFlags = new Map<string, string[]>();
  const predicates = new Set<(text: string) => boolean>();
  for (const rule of rules) {
    if (!rule.needs) return () => true;
    const needs: readonly TextTest[] = Array.isArray(rule.needs) ? rule.needs : [rule.needs as TextTest];
    const pattern = needs.find((t): t is RegExp => t instanceof RegExp);
    if (pattern) {
      // A stateful pre-check ('g', 'y') or one with a back-reference (its group number would
      // change in the alternation) cannot be merged: then there is no merged test at all.
      if (/[gy]/.test(pattern.flags) || /\\[1-9]|\\k</.test(pattern.source)) return () => true;
      const sources = sourcesByFlags.get(pattern.flags) ?? [];
      sources.push(`(?:${pattern.source})`);
      sourcesByFlags.set(pattern.flags, sources);
    } else predicates.add(needs[0] as (text: string) => boolean);
  }
  const patterns = [...sourcesByFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  const asked = [...predicates];
  return (text) => {
    for (const re of patterns) if (re.test(text)) return true;
    for (const predicate of asked) if (predicate(text)) return true;
    return false;
  };
}

const mayHoldTime = anyRuleMayMatch(RULES);

/**
 * Every nucleus any rule proposes, overlapping ones included. `fullScan` ignores the rules'
 * pre-checks and start hints, scanning every rule over the whole text (tests compare the two).
 */
export function collectNuclei(text: string, opts: { fullScan?: boolean } = {}): Candidate[] {
  const out: Candidate[] = [];
  if (!opts.fullScan && !mayHoldTime(text)) return out;
  const checks = new Checks(text);
  for (let priority = 0; priority < PLANS.length; priority++) {
    const { rule, sticky: twin } = PLANS[priority]!;
    if (rule.needs && !opts.fullScan && !checks.passes(rule.needs)) continue;
    const sticky = opts.fullScan ? null : twin;
    // The rule's own regexes: scanning is synchronous, so no call sees another's lastIndex.
    for (let m = nextMatch(text, 0, rule.re, sticky, rule.starts); m; ) {
      // Rules carry no leading word-boundary look-behind (it defeats the regex engine's
      // first-character scan); a match starting inside a word is dropped here.
      const inWord = m.index > 0 && WORD_CHAR.test(text[m.index - 1]);
      const built = m[0] && !inWord ? rule.build(m, text) : null;
      if (built) out.push(Object.assign(built, { priority }));
      // After a rejected match, look again one character on: a shorter reading may start inside.
      m = nextMatch(text, built ? m.index + m[0].length : m.index + 1, rule.re, sticky, rule.starts);
    }
  }
  return out;
}

/** Bare years must read as years; lone months need a preposition or modifier. */
function acceptable(n: Nucleus, text: string, left: LeftContext): boolean {
  if (n.bareYear) {
    return isYearNumber(text, n.start, n.end, { marker: Boolean(n.yearMarker), inRange: n.shape.t === 'years', left });
  }
  if (n.needsContext) return Boolean(left.prep || left.modifier);
  return true;
}

/** Keeps the longest of overlapping candidates (then the earlier rule), in text order. */
function selectNonOverlapping(cands: Candidate[], length: number): Candidate[] {
  if (cands.length < 2) return [...cands];
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen: Candidate[] = [];
  // A sentence has a few candidates: comparing with those chosen beats marking characters. A
  // text crowded with them (a long run of numbers) marks characters, to stay linear.
  const taken = sorted.length > FEW_CANDIDATES ? new Uint8Array(length) : null;
  for (const c of sorted) {
    let free = true;
    if (taken) for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    else free = c.end <= c.start || chosen.every((k) => k.end <= c.start || c.end <= k.start || k.end <= k.start);
    if (!free) continue;
    taken?.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const FEW_CANDIDATES = 16;

function defaultKind(s: Shape): TimeKind {
  switch (s.t) {
    case 'months': case 'quarter': case 'quarterRel': case 'half': case 'years': case 'samePeriod':
      return 'period';
    case 'nextYears':
      return 'deadline';
    default:
      return 'date';
  }
}

interface Reading {
  kind: TimeKind;
  base?: boolean;
  open?: 'start' | 'end';
}

/** What the preposition makes of the nucleus. */
export function readingOf(n: Nucleus, left: LeftContext, text: string): Reading {
  const kind = defaultKind(n.shape);
  if (n.shape.t === 'samePeriod') return { kind, base: true };
  const pointLike = n.shape.t === 'day' || n.shape.t === 'dayRel' || n.shape.t === 'weekday';
  const role = left.afterChange && left.changeRole && !pointLike ? left.changeRole : left.role;
  const yearish = isYearShape(n.shape);
  const wholeUnit = yearish || n.shape.t === 'month';
  switch (role) {
    case 'deadline':
      return { kind: 'deadline' };
    case 'validityOpen':
      return { kind: 'validity', open: 'start' };
    case 'validity':
      return yearish ? { kind: 'validity' } : { kind };
    case 'for':
      return n.shape.t === 'years' ? { kind: 'validity' } : wholeUnit ? { kind: 'period' } : { kind };
    case 'na':
      if (n.shape.t === 'years') return { kind: 'validity' };
      return n.shape.t === 'year' && /(?:год|годы|гг\.?)$/iu.test(text.slice(n.start, n.end)) ? { kind: 'validity' } : { kind };
    case 'base':
      return { kind, base: true };
    case 'since':
      if (/годом$/iu.test(text.slice(n.start, n.end))) return { kind, base: true };
      return pointLike || n.shape.t === 'years' ? { kind } : { kind: 'period', open: 'end' };
    case 'period':
      return wholeUnit ? { kind: 'period' } : { kind };
    default:
      return { kind };
  }
}

function isRelativeShape(s: Shape): boolean {
  switch (s.t) {
    case 'day': case 'month': case 'year': case 'quarter': case 'half': case 'samePeriod':
      return !('abs' in s.y);
    case 'months':
      return !('abs' in s.y) || (s.y1 !== undefined && !('abs' in s.y1));
    case 'years':
      return false;
    default:
      return true;
  }
}

function expressionOf(text: string, start: number, n: Nucleus, reading: Reading, r: Resolved | null): TimeExpression {
  const e: TimeExpression = { start, end: n.end, raw: text.slice(start, n.end), kind: reading.kind, value: r?.value ?? null };
  if (r && reading.kind === 'deadline') {
    e.value = String(r.year);
    e.to = r.value;
  } else if (r && reading.open === 'start') {
    e.to = r.to ?? r.value;
  } else if (r && reading.open === 'end') {
    e.from = r.from ?? r.value;
  } else if (r) {
    if (r.from !== undefined) e.from = r.from;
    if (r.to !== undefined) e.to = r.to;
  }
  if (reading.open) e.open = reading.open;
  if (!r || r.relative) e.relative = true;
  if (reading.base) e.base = true;
  return e;
}

/**
 * Time expressions in `text`, in text order, with offsets into it. Relative ones ("last
 * year", "в I полугодии", "on 5 July") are resolved against `ref.date`; without it, against
 * the last year written earlier in the text, or left with value null and relative: true.
 */
export function findTimeExpressions(text: string, ref: TimeRef = {}): TimeExpression[] {
  // The context read to accept a candidate, kept: it is the same read again below unless the
  // previous expression ends inside its look-back.
  let read = null as Map<Candidate, LeftContext> | null;
  const candidates = collectNuclei(text).filter((n) => {
    if (!(n.bareYear || n.needsContext)) return true;
    const left = readLeftContext(text, n.start);
    (read ??= new Map()).set(n, left);
    return acceptable(n, text, left);
  });
  const nuclei = selectNonOverlapping(candidates, text.length);
  const anchor: Anchor = { ref: parseRefDate(ref.date), halves: ref.halves ?? 'H' };
  const out: TimeExpression[] = [];
  let floor = 0;
  for (const n of nuclei) {
    const known = floor <= lookBackStart(n.start) ? read?.get(n) : undefined;
    const left = known ?? readLeftContext(text, n.start, floor);
    const reading = readingOf(n, left, text);
    const r = resolveShape(n.shape, anchor);
    if (!r && !isRelativeShape(n.shape)) continue;
    out.push(expressionOf(text, left.start, n, reading, r));
    floor = n.end;
    if (r && !reading.base && (reading.kind === 'date' || reading.kind === 'period')) {
      anchor.previous = r;
      if (!r.relative) anchor.textYear = r.year;
    }
  }
  return out;
}
