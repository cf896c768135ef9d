/**
 * Multiplicative changes: "increased 1.4 times", "a 74-fold increase", "doubled", "в 1,5 раза",
 * "вдвое", "удвоить". A decrease by N times is a factor of 1/N ("declined 2.1 times" = -52.38%).
 */
import { findNumbers, type NumberSpan } from './numbers.ts';
import {
  changeNounAfter,
  clauseEnd,
  clauseStart,
  comparativeAfter,
  cueJustBefore,
  firstCue,
  CueIndexOnDemand,
  lastCue,
  qualifierBefore,
  round2,
  type Direction,
  type Qualifier,
} from './cues.ts';
import { codeAfterWhiteSpace, headPattern, wordsStartingWith } from './scan.ts';

export interface Multiplier {
  start: number;
  end: number;
  /** The ratio new/old: 1.4 for "grew 1.4 times", 1/1.4 for "decreased 1.4 times". */
  factor: number;
  /** (factor - 1) * 100, rounded to 2 decimals; null when the text does not say which way. */
  change_pct: number | null;
  /** The multiple as written: 1.4, 2 for "doubled"/"вдвое". */
  times: number;
  direction: Direction | null;
  qualifier: Qualifier | null;
  raw: string;
}

/** Single words that carry both the multiple and the direction. */
const FIXED_WORDS: Array<[RegExp, number, Direction]> = [
  [/^(?:doubled|doubling|doubles)$/i, 2, 'up'],
  [/^(?:tripled|tripling|triples|trebled|trebling|trebles)$/i, 3, 'up'],
  [/^(?:quadrupled|quadrupling|quadruples)$/i, 4, 'up'],
  [/^(?:halved|halving)$/i, 2, 'down'],
  [/^удво\p{L}*$/iu, 2, 'up'],
  [/^(?:утро(?:ил|ит|ен)\p{L}*|утроени\p{L}*)$/iu, 3, 'up'],
  [/^учетвер\p{L}*$/iu, 4, 'up'],
];

/** Words that carry the multiple; the direction comes from context. */
const MULTIPLE_WORDS: Array<[RegExp, number]> = [
  [/^вдвое$/iu, 2], [/^втрое$/iu, 3], [/^вчетверо$/iu, 4], [/^впятеро$/iu, 5], [/^вшестеро$/iu, 6],
  [/^всемеро$/iu, 7], [/^ввосьмеро$/iu, 8], [/^вдевятеро$/iu, 9], [/^вдесятеро$/iu, 10],
  [/^(?:двукратн|двухкратн)\p{L}*$/iu, 2], [/^(?:тр[её]хкратн)\p{L}*$/iu, 3], [/^(?:четыр[её]хкратн)\p{L}*$/iu, 4],
  [/^пятикратн\p{L}*$/iu, 5], [/^десятикратн\p{L}*$/iu, 10], [/^полуторакратн\p{L}*$/iu, 1.5],
  [/^twofold$/i, 2], [/^threefold$/i, 3], [/^fourfold$/i, 4], [/^fivefold$/i, 5], [/^sixfold$/i, 6],
  [/^sevenfold$/i, 7], [/^eightfold$/i, 8], [/^ninefold$/i, 9], [/^tenfold$/i, 10], [/^twentyfold$/i, 20], [/^hundredfold$/i, 100],
];

/** Base verbs that are also adjectives or nouns ("double taxation"): only after a modal or "to". */
const BARE_VERBS: Record<string, [number, Direction]> = {
  double: [2, 'up'], triple: [3, 'up'], treble: [3, 'up'], quadruple: [4, 'up'], halve: [2, 'down'],
};
const MODAL_BEFORE_RE =
  /(?<![\p{L}])(?:to|will|would|could|can|may|might|should|must|shall)\s+(?:(?:at\s+least|almost|nearly|more\s+than|further|\p{L}+ly)\s+)?$/iu;
const TWICE_AS_AFTER_RE = /^\s+as\s+(?:much|many|high|large|big|great|fast)(?![\p{L}])/iu;

/** Beginnings of every multiplier word, to skip all other words cheaply. */
const WORD_HEAD_RE = headPattern(
  ('doubl tripl trebl quadrupl halv удво утро учетвер вдвое втрое вчетверо впятеро вшестеро всемеро ввосьмеро вдевятеро вдесятеро ' +
    'двукратн двухкратн трёхкратн трехкратн четырёхкратн четырехкратн пятикратн десятикратн полуторакратн ' +
    'twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold twentyfold hundredfold ' +
    'double triple treble quadruple halve twice')
    .split(' '),
);

const TIMES_AFTER_RE = /^\s*times(?![\p{L}])/iu;
const RAZ_AFTER_RE = /^\s*раз(?:а)?(?![\p{L}])/iu;
const FOLD_AFTER_RE = /^\s?[-‑]?\s?(?:fold|кратн\p{L}*)(?![\p{L}])/iu;
const AS_MUCH_AFTER_RE = /^\s*(?:as\s+(?:much|many|high|large|big|great)|that\s+of|the\s+(?:level|volume|figure|amount))(?![\p{L}])/iu;

/**
 * Whether TIMES_AFTER_RE, RAZ_AFTER_RE or FOLD_AFTER_RE can match where the first character
 * after white space is `code`: they open with "times", "раз", a dash, "fold" or "кратн", in
 * either case. Most numbers are followed by something else, and need not slice and match.
 */
function mayOpenMultipleAfter(code: number): boolean {
  return code === 116 || code === 84 /* t T */ || code === 0x440 || code === 0x420 /* р Р */ || code === 45 || code === 0x2011 /* - ‑ */ ||
    code === 102 || code === 70 /* f F */ || code === 0x43a || code === 0x41a; /* к К */
}

type Construction = 'times' | 'raz' | 'fold' | 'word' | 'fixed';

/** Every multiplicative change in `text`, sorted; pass `numbers` to reuse a findNumbers result. */
export function findMultipliers(text: string, numbers: NumberSpan[] = findNumbers(text)): Multiplier[] {
  const out: Multiplier[] = [];
  const cues = new CueIndexOnDemand(text);
  for (const n of numbers) {
    if (!mayOpenMultipleAfter(codeAfterWhiteSpace(text, n.end))) continue;
    const after = text.slice(n.end, n.end + 16);
    let m: RegExpExecArray | null;
    if ((m = TIMES_AFTER_RE.exec(after))) {
      const r = build(text, cues, n.start, n.end + m[0].length, n.base, 'times', null, n.form === 'digits' && !Number.isInteger(n.base));
      if (r) out.push(r);
    } else if ((m = RAZ_AFTER_RE.exec(after))) {
      // "в 1,5 раза", "в более чем 1,5 раза", "почти в 2 раза"
      let s = n.start;
      const q = qualifierBefore(text, s);
      if (q) s = q.start;
      const v = /(?<![\p{L}])в\s*$/iu.exec(text.slice(Math.max(0, s - 4), s));
      if (!v) continue;
      s -= v[0].length;
      const r = build(text, cues, s, n.end + m[0].length, n.base, 'raz', q?.qualifier ?? null, true);
      if (r) out.push(r);
    } else if ((m = FOLD_AFTER_RE.exec(after))) {
      const r = build(text, cues, n.start, n.end + m[0].length, n.base, 'fold', null, true);
      if (r) out.push(r);
    }
  }
  // One pass over the words; the regexes run only on words that start like a multiplier word.
  for (const { word: w, start, end } of wordsStartingWith(text, WORD_HEAD_RE)) {
    const fixed = FIXED_WORDS.find(([re]) => re.test(w));
    if (fixed) {
      const r = build(text, cues, start, end, fixed[1], 'fixed', null, true, fixed[2]);
      if (r) out.push(r);
      continue;
    }
    const mult = MULTIPLE_WORDS.find(([re]) => re.test(w));
    if (mult) {
      const r = build(text, cues, start, end, mult[1], 'word', null, true);
      if (r) out.push(r);
      continue;
    }
    const lower = w.toLowerCase();
    const bare = BARE_VERBS[lower];
    if (bare && text[end] !== '-' && MODAL_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) {
      const r = build(text, cues, start, end, bare[0], 'fixed', null, true, bare[1]);
      if (r) out.push(r);
      continue;
    }
    if (lower === 'twice') {
      const as = TWICE_AS_AFTER_RE.exec(text.slice(end, end + 20));
      if (as) {
        const r = build(text, cues, start, end + as[0].length, 2, 'fixed', null, true, 'up');
        if (r) out.push(r);
      }
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop overlaps (a word candidate inside a number construction).
  const kept: Multiplier[] = [];
  for (const x of out) if (!kept.length || kept[kept.length - 1]!.end <= x.start) kept.push(x);
  return kept;
}

/**
 * Works out direction and qualifier for one construction spanning [start, end) and builds
 * the result; null when an English "N times" has no sign of change ("met three times").
 */
function build(
  text: string,
  cues: CueIndexOnDemand,
  start: number,
  end: number,
  times: number,
  kind: Construction,
  innerQualifier: Qualifier | null,
  keepWithoutDirection: boolean,
  fixedDir?: Direction,
): Multiplier | null {
  if (!(times > 0)) return null;
  let p = start;
  let qualifier = innerQualifier;
  const q = qualifierBefore(text, p);
  if (q && !qualifier) {
    qualifier = q.qualifier;
    p = q.start;
  }
  const byM = /(?<![\p{L}])by\s*$/iu.exec(text.slice(Math.max(0, p - 4), p));
  if (byM) p -= byM[0].length;
  let dir: Direction | null = fixedDir ?? null;
  let strong = !!fixedDir; // evidence that this is a change at all, not a frequency
  if (!dir) {
    const cmp = comparativeAfter(text, end);
    const noun = cmp ? null : changeNounAfter(text, end);
    if (cmp || noun) {
      dir = (cmp ?? noun)!.dir;
      strong = true;
    } else if (AS_MUCH_AFTER_RE.test(text.slice(end, end + 24))) {
      dir = 'up';
      strong = true;
    }
  }
  if (!dir) {
    const cue = cueJustBefore(text, p);
    if (cue) {
      dir = cue.dir;
      strong = true;
    }
  }
  if (!dir && (kind === 'raz' || kind === 'word' || kind === 'fold')) {
    // Russian word order puts the verb after as often as before: "в 2 раза сократился".
    const afterCue = firstCue(text, end, Math.min(clauseEnd(text, end, 60), end + 40), cues.get());
    const beforeCue = lastCue(text, clauseStart(text, p, 120), p, cues.get());
    dir = (afterCue ?? beforeCue)?.dir ?? null;
  }
  if (!dir && kind === 'times' && byM) {
    dir = lastCue(text, clauseStart(text, p, 160), p, cues.get())?.dir ?? null;
    strong = dir !== null;
  }
  if (kind === 'times' && !strong && !keepWithoutDirection) return null;
  if (kind === 'times' && !dir && !keepWithoutDirection) return null;
  const factor = dir === 'down' ? 1 / times : times;
  return {
    start,
    end,
    factor: dir === 'down' ? round4(factor) : factor,
    change_pct: dir ? round2((factor - 1) * 100) : null,
    times,
    direction: dir,
    qualifier,
    raw: text.slice(start, end),
  };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
