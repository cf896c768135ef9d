/**
 * Turns a nucleus into its value: fills in relative and implicit years from the reference
 * date (or, without one, from the last year the text wrote out) and formats the result.
 */
import {
  addDays, addMonths, daysInMonth, formatDay, formatMonth, formatYear, nearestYearOfMonth,
  weekdayNear, yearOfPeriod, type CalendarDate,
} from './calendar.ts';
import type { Shape, YearRef } from './nucleus.ts';

export interface Anchor {
  ref?: CalendarDate;
  /** The last absolute year written earlier in the same text. */
  textYear?: number;
  /** The last period or date resolved earlier in the text ("the same period of 2020" copies its months). */
  previous?: Resolved;
  halves: 'H' | 'months';
}

export interface Resolved {
  value: string;
  from?: string;
  to?: string;
  /** The (end) year the value falls in. */
  year: number;
  /** Something not written in the expression was used. */
  relative: boolean;
  /**
   * The shape the value was read from, when the same calendar span can be moved to another
   * year ("the same period of 2020" copies it). Data, not a closure: most values never move.
   */
  span?: Shape;
}

interface YearHint {
  /** The month the unit starts in, when known. */
  month?: number;
  /** A span a report looks back on (quarter, half, months) rather than a point. */
  period?: boolean;
}

/** The number of a year reference, and whether it took anything from outside the words. */
export function resolveYear(y: YearRef, a: Anchor, hint: YearHint = {}): { year: number; relative: boolean } | null {
  if ('abs' in y) return { year: y.abs, relative: false };
  if ('rel' in y) return a.ref ? { year: a.ref.y + y.rel, relative: true } : null;
  if (a.ref) {
    const { y: ry, m: rm } = a.ref;
    if (rm === undefined || hint.month === undefined) return { year: ry, relative: true };
    return { year: hint.period ? yearOfPeriod(ry, rm, hint.month) : nearestYearOfMonth(ry, rm, hint.month), relative: true };
  }
  return a.textYear !== undefined ? { year: a.textYear, relative: true } : null;
}

function monthSpan(y1: number, m1: number, y2: number, m2: number): Pick<Resolved, 'value' | 'from' | 'to'> {
  const from = formatMonth(y1, m1);
  const to = formatMonth(y2, m2);
  return { value: `${from}..${to}`, from, to };
}

/** Resolves a shape; null when a relative part has nothing to resolve against or the date does not exist. */
export function resolveShape(shape: Shape, a: Anchor): Resolved | null {
  switch (shape.t) {
    case 'day': {
      const r = resolveYear(shape.y, a, { month: shape.m });
      if (!r || shape.d > daysInMonth(r.year, shape.m)) return null;
      const value = formatDay(r.year, shape.m, shape.d);
      const range = shape.d2 ? { from: value, to: formatDay(r.year, shape.m, shape.d2) } : {};
      return { value, ...range, year: r.year, relative: r.relative, span: shape };
    }
    case 'month': {
      const r = resolveYear(shape.y, a, { month: shape.m });
      return r && { value: formatMonth(r.year, shape.m), year: r.year, relative: r.relative, span: shape };
    }
    case 'year': {
      const r = resolveYear(shape.y, a);
      return r && { value: formatYear(r.year), year: r.year, relative: r.relative, span: shape };
    }
    case 'months': {
      const r = resolveYear(shape.y, a, { month: shape.m1, period: true });
      if (!r) return null;
      const r1 = shape.y1 ? resolveYear(shape.y1, a, { month: shape.m1, period: true }) : r;
      if (!r1) return null;
      const y1 = shape.y1 && !('abs' in shape.y1) && !('abs' in shape.y) ? r.year - 1 : r1.year;
      return { ...monthSpan(y1, shape.m1, r.year, shape.m2), year: r.year, relative: r.relative || r1.relative, span: shape };
    }
    case 'quarter': {
      const r = resolveYear(shape.y, a, { month: shape.q * 3 - 2, period: true });
      if (!r) return null;
      return {
        value: `${r.year}-Q${shape.q}`, from: formatMonth(r.year, shape.q * 3 - 2), to: formatMonth(r.year, shape.q * 3),
        year: r.year, relative: r.relative, span: shape,
      };
    }
    case 'quarterRel': {
      if (a.ref?.m === undefined) return null;
      const start = addMonths(a.ref.y, Math.floor((a.ref.m - 1) / 3) * 3 + 1, shape.offset * 3);
      const r = resolveShape({ t: 'quarter', y: { abs: start.y }, q: Math.floor((start.m - 1) / 3) + 1 }, a);
      return r && { ...r, relative: true };
    }
    case 'half': {
      const m1 = shape.h === 1 ? 1 : 7;
      const r = resolveYear(shape.y, a, { month: m1, period: true });
      if (!r) return null;
      const months = monthSpan(r.year, m1, r.year, m1 + 5);
      const value = a.halves === 'months' ? months.value : `${r.year}-H${shape.h}`;
      return { value, from: months.from, to: months.to, year: r.year, relative: r.relative, span: shape };
    }
    case 'years':
      return {
        value: `${shape.y1}..${shape.y2}`, from: formatYear(shape.y1), to: formatYear(shape.y2),
        year: shape.y2, relative: false,
        span: shape,
      };
    case 'monthRel': {
      if (a.ref?.m === undefined) return null;
      const t = addMonths(a.ref.y, a.ref.m, shape.offset);
      return { value: formatMonth(t.y, t.m), year: t.y, relative: true };
    }
    case 'dayRel': {
      if (a.ref?.d === undefined) return null;
      const t = addDays(a.ref.y, a.ref.m!, a.ref.d, shape.offset);
      return { value: formatDay(t.y, t.m, t.d), year: t.y, relative: true };
    }
    case 'weekday': {
      if (a.ref?.d === undefined) return null;
      const t = weekdayNear({ y: a.ref.y, m: a.ref.m!, d: a.ref.d }, shape.wd, shape.dir);
      return { value: formatDay(t.y, t.m, t.d), year: t.y, relative: true };
    }
    case 'samePeriod': {
      const target = samePeriodYear(shape.y, a);
      if (target === null) return null;
      const copied = a.previous?.span ? inYear(a.previous.span, target, a) : null;
      if (copied) return { ...copied, relative: true, span: undefined };
      return { value: formatYear(target), year: target, relative: !('abs' in shape.y) };
    }
    case 'nextYears':
      return a.ref ? { value: formatYear(a.ref.y + shape.n), year: a.ref.y + shape.n, relative: true } : null;
  }
}

/** The same calendar span as `shape` in year y (the end year of a span). */
function inYear(shape: Shape, y: number, a: Anchor): Resolved | null {
  if (shape.t === 'years') return resolveShape({ t: 'years', y1: y - (shape.y2 - shape.y1), y2: y }, a);
  return resolveShape(withYear(shape, y), { ...a, previous: undefined });
}

/** "last year" after a 2021 period is 2020 even in a text published later. */
function samePeriodYear(y: YearRef, a: Anchor): number | null {
  if ('abs' in y) return y.abs;
  if ('rel' in y) {
    if (a.previous) return a.previous.year + y.rel;
    return a.ref ? a.ref.y + y.rel : null;
  }
  return a.previous ? a.previous.year - 1 : null;
}

/** The same shape in absolute year y (for a cross-year span, y is the end year). */
function withYear(shape: Shape, y: number): Shape {
  switch (shape.t) {
    case 'day': case 'month': case 'year': case 'quarter': case 'half':
      return { ...shape, y: { abs: y } };
    case 'months': {
      const gap = shape.y1 && 'abs' in shape.y1 && 'abs' in shape.y ? shape.y.abs - shape.y1.abs : 1;
      return { ...shape, y: { abs: y }, y1: shape.y1 ? { abs: y - gap } : undefined };
    }
    default:
      return shape;
  }
}
