/**
 * Percentages and what they say: a signed change ("grew by 25 percent", "снизился на 5%",
 * "a 20% increase", "17.3% less"), a Russian-style growth rate or level against a base
 * ("темп роста 142%" = +42, "83.2% of last year's level" = -16.8), or a plain share ("40% of
 * exports"). The sign always comes from words near the figure.
 */
import { findNumbers, type NumberSpan } from './numbers.ts';
import {
  changeNounAfter,
  clauseStart,
  comparativeAfter,
  cueJustBefore,
  cueWordDirection,
  CueIndexOnDemand,
  lastCue,
  qualifierBefore,
  round2,
  type Direction,
  type Qualifier,
} from './cues.ts';
import { codeAfterUnitSpace, headPattern, wordsStartingWith } from './scan.ts';

export type PercentKind = 'change' | 'share' | 'growth_rate' | 'level_of_base' | 'points';

export interface PercentChange {
  start: number;
  end: number;
  /** The figure as written: 12.5 in "by 12.5%"; the lower bound of a range. */
  value: number;
  /** Signed change in percent; null for shares, percentage points, or a change of unknown sign. */
  change_pct: number | null;
  /**
   * change: a relative change; growth_rate: "темп роста 142%" (a level against the base,
   * change = value - 100, except English rates below 80 which are changes already);
   * level_of_base: "83.2% of last year's level"; share: any other percentage;
   * points: percentage points ("rose by 2 percentage points"), change_pct null.
   */
  kind: PercentKind;
  qualifier: Qualifier | null;
  raw: string;
  range?: { from: number; to: number };
}

/** The unit after a number: "%", "percent", "per cent", "процентов", or percentage points. */
const UNIT_RE =
  /^[ \u00A0\u2009\u202F]{0,2}(?:(?<pp>percentage\s+points?|п\.\s?п\.|процентн\p{L}*\s+пункт\p{L}*)|(?<pct>%|percent(?![\p{L}])|per\s?cent(?![\p{L}])|pct(?![\p{L}])\.?|процент(?:а|ов|ы|ам|ами|ах)?(?![\p{L}])|проц\.))/iu;

/**
 * Whether a unit of UNIT_RE can begin with the character `code` (after its leading spaces):
 * every alternative opens with "%", "p" or "п" in either case. Most numbers are followed by
 * something else, and need not slice and match.
 */
export function mayOpenPercentUnit(code: number): boolean {
  return code === 37 /* % */ || code === 112 || code === 80 /* p P */ || code === 0x43f || code === 0x41f; /* п П */
}

/** Russian "темп роста" is the level against the base; "темп прироста" is the change. */
const GROWTH_RATE_RE = /(?<![\p{L}])(?:(?<en>growth\s+rates?|rates?\s+of\s+growth)|(?<ruLevel>темп\p{L}*\s+роста)|(?<ruChange>темп\p{L}*\s+прироста))(?![\p{L}])/giu;

/** A verb-less noun of change tied to the figure by a linking verb: "Рост составил 25%". */
const LINK_VERB_RE =
  /(?<![\p{L}])(?:составил[аои]?|составляет|составляют|составит|составят|amounted\s+to|amounts\s+to|was|were|is|are|stood\s+at|reached|came\s+to|totall?ed|made\s+up)\s*$/iu;
const NOUN_LINK_RE = new RegExp(
  '(?<![\\p{L}])(?:(?<up>growth|increase|rise|gain|рост|прирост|увеличение)|(?<down>decline|decrease|drop|fall|reduction|contraction|снижение|сокращение|падение|уменьшение|спад))' +
    '(?:[\\s,]+[\\p{L}\\d-]+){0,4}?[\\s,]*$',
  'iu',
);

/** Phrases after a percentage that make it a level against a base period. */
const LEVEL_AFTER_RE = new RegExp(
  '^\\s*,?\\s*(?:(?:of|from)\\s+(?:the\\s+)?(?:[\\p{L}\\d\'’-]+\\s+){0,4}?level(?![\\p{L}])' +
    '|(?:as\\s+)?(?:against|compared\\s+(?:to|with)|versus|vs\\.|relative\\s+to|in\\s+comparison\\s+with)(?![\\p{L}])' +
    '|к\\s+(?:уровню|\\d{4}|прошлому|предыдущему|аналогичному|соответствующему|январю|показател\\p{L}*)(?![\\p{L}])' +
    '|от\\s+уровня|по\\s+сравнению\\s+с|в\\s+сравнении\\s+с|относительно|против)',
  'iu',
);

const BY_BEFORE_RE = /(?<![\p{L}])(?:by|на)\s*$/iu;
const UPDOWN_AFTER_RE = /^\s*(?<dir>up|down)(?![\p{L}])(?!\s+to(?![\p{L}]))/iu;

/** Every percentage in `text`, sorted; pass `numbers` to reuse a findNumbers result. */
export function findPercents(text: string, numbers: NumberSpan[] = findNumbers(text)): PercentChange[] {
  const out: PercentChange[] = [];
  const cues = new CueIndexOnDemand(text);
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (!mayOpenPercentUnit(codeAfterUnitSpace(text, n.end))) continue;
    const unit = UNIT_RE.exec(text.slice(n.end, n.end + 40));
    if (!unit) continue;
    const unitEnd = n.end + unit[0].length;
    // A range: "5-7%", "от 5 до 7%", "5 to 7 percent"; the first figure has no unit of its own.
    let first: NumberSpan = n;
    const prev = numbers[i - 1];
    if (prev && isRangeGap(text, prev, n) && !UNIT_RE.test(text.slice(prev.end, prev.end + 12))) first = prev;
    let start = first.start;
    let explicit: Direction | null = null;
    // An attached sign: "+5%", "−3%", "(-2.1%)"; not the dash of a range "5-7%".
    const sign = /(?:^|[\s(\[])([+\u2212\-\u2013])$/u.exec(text.slice(Math.max(0, start - 2), start));
    if (sign) {
      explicit = sign[1] === '+' ? 'up' : 'down';
      start -= 1;
    }
    const pc = classify(text, start, unitEnd, n.value, !!unit.groups!.pp, explicit, cues);
    const value = first === n ? n.value : Math.min(first.value, n.value);
    const change = pc.dir === null ? pc.change : pc.dir === 'up' ? value : -value;
    const item: PercentChange = {
      start,
      end: unitEnd,
      value,
      change_pct: change === null ? null : round2(change),
      kind: pc.kind,
      qualifier: pc.qualifier,
      raw: text.slice(start, unitEnd),
    };
    if (first !== n) item.range = { from: first.value, to: n.value };
    out.push(item);
  }
  out.push(...findFractionChanges(text, cues));
  return out.sort((a, b) => a.start - b.start);
}

function isRangeGap(text: string, a: NumberSpan, b: NumberSpan): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^\s?[-\u2013\u2014]\s?$/u.test(gap)) return true;
  // "5 to 7 percent" is a range; "from 3 to 5%" / "с 3 до 5%" is a move between two levels.
  if (/^\s+(?:to|до)\s+$/iu.test(gap)) return !/(?<![\p{L}])(?:from|с|со)\s*$/iu.test(text.slice(Math.max(0, a.start - 6), a.start));
  return false;
}

interface Classified {
  kind: PercentKind;
  dir: Direction | null;
  /** Used when dir is null: a change computed otherwise (growth rate, level), or null. */
  change: number | null;
  qualifier: Qualifier | null;
}

/**
 * Decides what a percentage means from its surroundings. Order matters: percentage points,
 * growth rates, an attached sign, words right after ("more", "increase"), a cue verb right
 * before ("rose", "увеличился ... на"), a noun with a linking verb ("Рост составил"), a
 * "by/на" with a cue earlier in the clause, a base-period phrase, else a share.
 */
function classify(
  text: string,
  start: number,
  unitEnd: number,
  value: number,
  points: boolean,
  explicit: Direction | null,
  cues: CueIndexOnDemand,
): Classified {
  // Peel off what stands right before the figure: qualifier, "by"/"на", qualifier again
  // ("by almost 17", "почти на 34", "by up to 20").
  let p = start;
  let qualifier: Qualifier | null = null;
  const q = qualifierBefore(text, p);
  if (q) {
    qualifier = q.qualifier;
    p = q.start;
  }
  const byM = BY_BEFORE_RE.exec(text.slice(Math.max(0, p - 6), p));
  const hasBy = !!byM;
  if (byM) {
    p -= byM[0].length;
    const q2 = qualifier ? null : qualifierBefore(text, p);
    // "exceeded by 14.6%", "превысил на 5%": the verb is the cue, not a qualifier.
    if (q2 && !cueWordDirection(text.slice(q2.start, q2.end))) {
      qualifier = q2.qualifier;
      p = q2.start;
    }
  }
  if (points) {
    return { kind: 'points', dir: null, change: null, qualifier };
  }

  // Growth rate named shortly before the figure.
  const near = text.slice(Math.max(0, start - 60), start);
  if (/rate|темп/i.test(near)) {
    // The last growth-rate phrase in the clause's last 60 characters, with no figure after it.
    const window = text.slice(Math.max(clauseStart(text, start, 200), start - 60), start);
    let rate: RegExpExecArray | null = null;
    for (const m of window.matchAll(GROWTH_RATE_RE)) rate = m;
    if (rate && !/\d/.test(window.slice(rate.index + rate[0].length))) {
      const g = rate.groups!;
      if (g.ruChange) return { kind: 'growth_rate', dir: null, change: value, qualifier };
      if (g.ruLevel || value >= 80) return { kind: 'growth_rate', dir: null, change: value - 100, qualifier };
      return { kind: 'growth_rate', dir: null, change: value, qualifier };
    }
  }

  if (explicit) return { kind: 'change', dir: explicit, change: null, qualifier };

  const cmp = comparativeAfter(text, unitEnd);
  if (cmp) return { kind: 'change', dir: cmp.dir, change: null, qualifier };
  const noun = changeNounAfter(text, unitEnd);
  if (noun) return { kind: 'change', dir: noun.dir, change: null, qualifier };
  const ud = UPDOWN_AFTER_RE.exec(text.slice(unitEnd, unitEnd + 12));
  if (ud) return { kind: 'change', dir: ud.groups!.dir!.toLowerCase() === 'up' ? 'up' : 'down', change: null, qualifier };

  const cue = cueJustBefore(text, p);
  if (cue) return { kind: 'change', dir: cue.dir, change: null, qualifier };

  const linkVerb = LINK_VERB_RE.exec(text.slice(Math.max(0, p - 24), p));
  if (linkVerb) {
    const vStart = p - linkVerb[0].length;
    const link = NOUN_LINK_RE.exec(text.slice(Math.max(clauseStart(text, start, 200), vStart - 80), vStart));
    if (link) return { kind: 'change', dir: link.groups!.up ? 'up' : 'down', change: null, qualifier };
  }

  if (hasBy) {
    const far = lastCue(text, clauseStart(text, start, 200), p, cues.get());
    return { kind: 'change', dir: far ? far.dir : null, change: null, qualifier };
  }

  if (LEVEL_AFTER_RE.test(text.slice(unitEnd, unitEnd + 60))) {
    return { kind: 'level_of_base', dir: null, change: value - 100, qualifier };
  }
  return { kind: 'share', dir: null, change: null, qualifier };
}

// ---------------------------------------------------------------------------------------------
// Fractions as changes: "by a third", "by almost half", "на треть", "наполовину".

/** Fraction words and the words that must precede them ("" = none needed). */
const FRACTIONS: Record<string, Array<[RegExp | null, number]>> = {
  third: [[/(?:^|[^\p{L}])(?:a|one)\s+$/iu, 33.33]],
  quarter: [[/(?:^|[^\p{L}])(?:a|one)\s+$/iu, 25]],
  thirds: [[/(?:^|[^\p{L}])two\s+$/iu, 66.67]],
  quarters: [[/(?:^|[^\p{L}])three\s+$/iu, 75]],
  half: [[null, 50]],
  треть: [[null, 33.33]],
  четверть: [[null, 25]],
  трети: [[/(?:^|[^\p{L}])две\s+$/iu, 66.67]],
  четверти: [[/(?:^|[^\p{L}])три\s+$/iu, 75]],
  половину: [[null, 50]],
  наполовину: [[null, 50]],
};

const FRACTION_HEAD_RE = headPattern(Object.keys(FRACTIONS));

function findFractionChanges(text: string, cues: CueIndexOnDemand): PercentChange[] {
  const out: PercentChange[] = [];
  // Only words that start like a fraction word: the engine skips the rest without JS work.
  for (const hit of wordsStartingWith(text, FRACTION_HEAD_RE)) {
    const m = { 0: hit.word, index: hit.start };
    const lower = hit.word.toLowerCase();
    const forms = FRACTIONS[lower];
    if (!forms) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const form = forms.find(([re]) => re === null || re.test(before));
    if (!form) continue;
    if (lower === 'half' && /^\s+an?\s/iu.test(text.slice(m.index + 4, m.index + 9))) continue; // "half a million"
    const lead = form[0] ? form[0].exec(before)![0].replace(/^[^\p{L}]/u, '').length : 0;
    const start = m.index - lead;
    const end = m.index + m[0].length;
    const key = lower === 'наполовину' ? 'halfWhole' : lower;
    const value = form[1];
    let p = start;
    let qualifier: Qualifier | null = null;
    const q = qualifierBefore(text, p);
    if (q && q.qualifier !== 'up_to') {
      qualifier = q.qualifier;
      p = q.start;
    }
    const byM = BY_BEFORE_RE.exec(text.slice(Math.max(0, p - 6), p));
    if (!byM && key !== 'halfWhole') continue; // "a third of the world's GDP" is a share
    if (byM) {
      p -= byM[0].length;
      if (!qualifier) {
        const q2 = qualifierBefore(text, p);
        if (q2 && q2.qualifier !== 'up_to') {
          qualifier = q2.qualifier;
          p = q2.start;
        }
      }
    }
    const cue = cueJustBefore(text, p) ?? lastCue(text, clauseStart(text, start, 200), p, cues.get()) ?? null;
    const after = cue ? null : /^\s*(\p{L}+)/u.exec(text.slice(end, end + 30));
    let dir: Direction | null = cue ? cue.dir : null;
    if (!dir && after) {
      const w = after[1]!.toLowerCase();
      if (/^(?:сократил|снизил|уменьшил|упал)/u.test(w)) dir = 'down';
      else if (/^(?:увеличил|вырос|возрос)/u.test(w)) dir = 'up';
    }
    out.push({
      start,
      end,
      value,
      change_pct: dir === null ? null : dir === 'up' ? value : -value,
      kind: 'change',
      qualifier,
      raw: text.slice(start, end),
    });
  }
  return out;
}
