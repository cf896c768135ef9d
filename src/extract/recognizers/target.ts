import type { FactDraft, Recognizer, AnnotatedSentence, DocumentContext } from '../sentence.ts';
import type { TradeIndicator } from '../../domain/fact.ts';
import { currencyAfter } from '../quantities/index.ts';
import { periodOf, type TimeExpression } from '../time/index.ts';
import { anchorsOf, indicatorOf, moneyValue, subclauseStarts, subclauseStartAt, subclauseEndAt, subclausesOf, type Anchor } from './trade-lexicon.ts';
import { completeSides, sentenceSides, sideMentions } from './trade-parties.ts';
import { continuationOf, partyNames } from './parties-in-context.ts';
import { letterOrDigitBefore } from '../words.ts';

/**
 * Target facts (DESIGN.md fact format, type "target"): a figure someone aims at, plans or
 * forecasts, not one that happened. "to bring trade to $1 billion by 2020", "the goal of
 * increasing trade to $500 million", "довести товарооборот до 1 млрд долларов к 2025 году",
 * "contracts worth $400 million are expected to be signed", "double trade by 2025"
 * (relative: 2). The cue test is exported so the trade recognizer leaves these figures alone.
 */

const NB = '(?<![\\p{L}\\d])';
const NE = '(?![\\p{L}])';
const GAP = '(?:[\\s"“”«»]+(?:[\\p{L}’\'-]+[\\s"“”«»]+){0,4}?)';

/** Verbs a goal is stated with, after a modal or a plan word. */
const GOAL_VERBS_EN =
  '(?:reach|increase|bring|grow|double|triple|treble|quadruple|exceed|amount|total|rise|expand|boost|achieve|hit|top|sign|attain|' +
  'restore|raise|surpass|purchase|buy|attract|export|import|supply|deliver|make\\s+up|come\\s+to|' +
  'be\\s+(?:signed|concluded|reached|achieved|increased|brought|doubled|raised|worth|at\\s+least))';
const GOAL_VERBS_RU =
  '(?:довести|доведени\\p{L}*|нарастить|наращивани\\p{L}*|увеличить|увеличени\\p{L}*|достичь|достигнуть|достижени\\p{L}*|' +
  'выйти|вывести|превысить|составить|удвоить|утроить|подписать|заключить|закупить|привлечь|поставить|экспортировать|' +
  'вырасти|возрасти|составлять|быть\\s+подписан\\p{L}*)';

/**
 * Cues that make the figures of their sub-clause goals, plans or forecasts. Each starts a
 * word: findCues drops a match inside one (see letterOrDigitBefore).
 */
const TARGET_CUE_RE = new RegExp(
  '(?:' +
    // Goal nouns tied to what they aim at: "the goal of increasing", "the target is", "задачу нарастить".
    '(?<noun>(?:goals?|targets?|tasks?|aims?|objectives?|ambitions?|benchmarks?|plans?|intentions?)(?:\\s+(?:is|was|are|were|will\\s+be)\\s+to|\\s+(?:of|to|is|was|are|were|will\\s+be|set\\s+at)|\\s+for\\s+(?:19|20)\\d\\d|\\s*[—–:]' +
    // "the goal they set in 2018 of $500 million"
    '|\\s+(?:that\\s+|which\\s+)?(?:[\\p{L}\\d]+\\s+){0,2}?(?:set|agreed|announced|approved|adopted|declared|outlined|proposed|established)(?:\\s+[\\p{L}\\d]+){0,3}?\\s+(?:of|at))(?=\\s)' +
    `|(?:задач\\p{L}*|цел(?:ь|и|ью|ей|ям)|ориентир\\p{L}*|планк\\p{L}*)(?:\\s*[—–:-]\\s*|\\s+)(?:[\\p{L}\\d]+\\s+){0,4}?${GOAL_VERBS_RU}|целев\\p{L}*\\s+(?:показател|ориентир)\\p{L}*` +
    // "цель — 500 млн долларов к 2020 году"
    `|(?:задач\\p{L}*|цел(?:ь|и|ью|ей|ям)|ориентир\\p{L}*)\\s*[—–:])` +
    // Modals, plans, forecasts with a goal verb.
    `|(?<modal>(?:will|would|could|can|may|might|should|must|shall|need\\s+to|needs\\s+to|necessary\\s+to|` +
    `(?:is|are|was|were)\\s+(?:expected|projected|forecast|planned|set|going|due|scheduled|likely)\\s+to|` +
    `(?:aim|aims|aimed|aiming|plan|plans|planned|planning|intend|intends|intended|seek|seeks|sought|hope|hopes|want|wants|strive|strives|` +
    `agreed|agree|agrees|expect|expects|decided|decide|pledged|committed|undertook|resolved|projected|forecast|expected|` +
    `work|works|working|efforts?|ready|determined|going)\\s+to|` +
    // "expects exports to Russia to grow": the subject between the verb and its infinitive.
    `(?:expect|expects|expected|want|wants|plan|plans|planned|intend|intends)\\s+(?:[\\p{L}'’-]+\\s+){1,5}?to|` +
    `(?:is|are|was|were)\\s+to)${GAP}?${GOAL_VERBS_EN})` +
    `|(?<ru>(?:планиру\\p{L}*|запланирован\\p{L}*|намерен\\p{L}*|намерева\\p{L}*|должн\\p{L}*|ожида\\p{L}*|прогнозиру\\p{L}*|предполага\\p{L}*|` +
    `рассчитыва\\p{L}*|стрем\\p{L}*|договорил\\p{L}*|может|могут|сможет|смогут|необходимо|нужно|предстоит|решил\\p{L}*|поручил\\p{L}*)${GAP}?${GOAL_VERBS_RU})` +
    // Russian infinitives of a goal stand on their own: finite verbs report, infinitives aim.
    '|(?<ruInf>довести|нарастить|удвоить|утроить|доведени\\p{L}*|наращивани\\p{L}*)' +
    // Russian future of a figure: "составит", "достигнет".
    '|(?<ruFut>составит|составят|достигнет|достигнут|превысит|превысят|вырастет|вырастут|увеличится|увеличатся|удвоится|будет\\s+составлять)' +
    ')' +
    NE,
  'giu',
);

/** An infinitive of change: a goal when the clause names a deadline ("to double trade by 2025"). */
const INFINITIVE_RE = new RegExp(`${NB}to${GAP}?(?:bring|increase|raise|boost|double|triple|expand|reach|grow)${NE}`, 'giu');

/**
 * Cues after the figure: "$400 million are expected to be signed", "$1 billion is the target",
 * "the $150 million goal". ("the $1 billion mark" is a level passed, not a goal.)
 */
const AFTER_CUE_RE =
  /^[\s"”»)]*(?:(?:goal|target|benchmark|objective|ориентир\p{L}*|цел(?:ь|и|ью))(?![\p{L}])|(?:are|is|will\s+be|would\s+be|were|was)\s+(?:expected|planned|projected|scheduled|due|set|forecast|likely|to\s+be)|(?:is|are|was|will\s+be)\s+(?:the\s+|our\s+|a\s+)?(?:new\s+)?(?:goal|target|aim|objective|benchmark)|планиру\p{L}*|ожида\p{L}*|предполага\p{L}*)(?![\p{L}])/iu;

/** Phrases with modal words that are not goals. */
const NOT_A_GOAL_RE = /(?<![\p{L}])(?:should|must|will|can)\s+be\s+(?:noted|recalled|mentioned|said|stressed|emphasi[sz]ed|remembered|added|pointed\s+out)(?![\p{L}])/iu;

export interface TargetCue {
  start: number;
  end: number;
  strength: 'goal' | 'plan';
}
type Cue = TargetCue;

/** Stems every cue has: most sentences have none and skip the full pattern. */
const CUE_STEM_RE =
  /goal|target|task|aim|objective|ambition|benchmark|plan|intention|will|would|could|can|may|might|should|must|shall|need|necessary|expect|project|forecast|set|going|due|schedul|likely|intend|seek|sought|hope|want|striv|agree|decid|pledg|commit|undert|resolv|задач|цел|ориентир|планк|план|намер|должн|ожида|прогноз|предполага|рассчитыва|стрем|договорил|мож|мог|смо|необходимо|нужно|предстоит|решил|поручил|довест|довед|нарастить|наращивани|удвоить|утроить|составит|составят|достигнет|достигнут|превысит|превысят|вырастет|вырастут|увеличит|удвоится|будет/i;

/** Every target cue of a sentence, sorted; compute once and pass to `governedByTargetCue`. */
export function targetCues(text: string): TargetCue[] {
  return CUE_STEM_RE.test(text) ? findCues(text) : [];
}

/** `targetCues(sentence.text)`, read once per sentence (the trade recognizer asks too); goes with the sentence. */
const cuesBySentence = new WeakMap<AnnotatedSentence, TargetCue[]>();
export function cuesOf(sentence: AnnotatedSentence): readonly TargetCue[] {
  let cues = cuesBySentence.get(sentence);
  if (!cues) cuesBySentence.set(sentence, (cues = targetCues(sentence.text)));
  return cues;
}

function findCues(text: string): Cue[] {
  const out: Cue[] = [];
  TARGET_CUE_RE.lastIndex = 0;
  for (let m = TARGET_CUE_RE.exec(text); m; m = TARGET_CUE_RE.exec(text)) {
    // Inside a word: look again one character on, where a reading may start.
    if (letterOrDigitBefore(text, m.index)) {
      TARGET_CUE_RE.lastIndex = m.index + 1;
      continue;
    }
    const g = m.groups!;
    if (g.modal && NOT_A_GOAL_RE.test(m[0])) continue;
    // Goal nouns and Russian infinitives state a goal; modals and plan verbs may only forecast.
    out.push({ start: m.index, end: m.index + m[0].length, strength: g.noun || g.ruInf ? 'goal' : 'plan' });
  }
  return out;
}

/** How far back in its sub-clause a cue still governs a figure. */
const CUE_REACH = 160;

/**
 * Is the figure at [start, end) of `text` a goal, plan or forecast? A cue must stand before it
 * in its sub-clause ("the goal of increasing trade to", "may reach", "планируют нарастить"),
 * or right after it ("are expected to be signed"); an infinitive ("to double trade") counts
 * when the sub-clause names a deadline ("by 2025").
 */
export function governedByTargetCue(
  text: string, start: number, end: number,
  starts: readonly number[] = subclauseStarts(text), cues: readonly TargetCue[] = targetCues(text),
): boolean {
  return cueFor(text, start, end, starts, cues) !== null;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A deadline in words: "by 2025", "until the end of 2030". */
const DEADLINE_WORDS_RE = /(?<![\p{L}])(?:by|until|till|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d(?![\d])/iu;

function cueFor(text: string, start: number, end: number, starts: readonly number[], cues: readonly Cue[]): Cue | null {
  const from = Math.max(subclauseStartAt(starts, start), start - CUE_REACH);
  if (AFTER_CUE_RE.test(text.slice(end, end + 60))) return { start: end, end: Math.min(text.length, end + 30), strength: 'plan' };
  let best: Cue | null = null;
  // Up to the figure's end: "intend to double" is both the cue and the figure.
  for (const c of cues) if (c.start >= from && c.end <= end) best = c;
  if (best) return best;
  const clauseEnd = subclauseEndAt(starts, start, text.length);
  if (DEADLINE_WORDS_RE.test(text.slice(from, clauseEnd))) {
    INFINITIVE_RE.lastIndex = 0;
    const slice = text.slice(from, start);
    let m: RegExpExecArray | null = null;
    for (let x = INFINITIVE_RE.exec(slice); x; x = INFINITIVE_RE.exec(slice)) m = x;
    if (m) return { start: from + m.index, end: from + m.index + m[0].length, strength: 'plan' };
  }
  return null;
}

/** Heads of a money goal that is not trade: "contracts worth", "to purchase ... worth". */
const OTHER_HEAD_RE =
  /(?<![\p{L}])(?:contracts?|deals?|agreements?|purchases?|purchase|procure\p{L}*|investments?|orders?|контракт\p{L}*|сделк\p{L}*|соглашени\p{L}*|закуп\p{L}*|инвестиц\p{L}*|заказ\p{L}*)(?![\p{L}])/iu;

interface TargetFigure {
  start: number;
  end: number;
  value: number | null;
  currency: string | null;
  relative: number | null;
}

function targetFigures(sentence: AnnotatedSentence, next: AnnotatedSentence | null): TargetFigure[] {
  const out: TargetFigure[] = [];
  for (const m of sentence.money) out.push({ start: m.start, end: m.end, value: moneyValue(m), currency: m.currency, relative: null });
  for (const x of sentence.multipliers) {
    if (x.factor > 1) out.push({ start: x.start, end: x.end, value: null, currency: null, relative: x.factor });
  }
  for (const p of sentence.percents) {
    if (p.kind === 'change' && p.change_pct !== null && p.change_pct > 0) {
      // A percentage goal keeps its figure as the value ("grow by 4.5%": 4.5), and says it is relative.
      out.push({ start: p.start, end: p.end, value: p.change_pct, currency: null, relative: Math.round((1 + p.change_pct / 100) * 10000) / 10000 });
    }
  }
  // "one billion" with its currency cut off by a page break: "... one billion | dollars in 2020".
  for (const n of sentence.numbers) {
    if (n.value < 1e6) continue;
    const tail = sentence.text.slice(n.end).trim();
    let currency: string | null = null;
    if (tail === '' && next) currency = currencyAfter(' ' + next.text, 0)?.currency ?? null;
    out.push({ start: n.start, end: n.end, value: n.value, currency, relative: null });
  }
  return out.sort((a, b) => a.start - b.start);
}


function deadlineFor(sentence: AnnotatedSentence, context: DocumentContext, fig: TargetFigure, next: AnnotatedSentence | null): string | null {
  const refYear = context.refDate ? Number(context.refDate.slice(0, 4)) : null;
  // A single day is when something was said, not by when it is to happen.
  const future = (e: TimeExpression) =>
    !e.base && e.value !== null && !DAY_RE.test(e.value) && (refYear === null || Number(e.value.slice(0, 4)) >= refYear);
  // A year written right after the figure is its own: "$300 million in 2023 and $500 million by 2025".
  const right = sentence.times.find((e) => e.start >= fig.end && e.start - fig.end <= 4 && (e.kind === 'deadline' || future(e)));
  if (right) return yearOf(right);
  const deadline = periodOf(sentence.times, fig.start, { kinds: ['deadline'] });
  if (deadline?.value) return deadline.value.slice(0, 4);
  const dated = periodOf(sentence.times.filter(future), fig.start, { kinds: ['period', 'date', 'validity'] });
  if (dated) return yearOf(dated);
  if (next) {
    const t = next.times.find((e) => !e.base && e.value !== null && e.start < 40);
    if (t) return yearOf(t);
  }
  return null;
}

function yearOf(e: TimeExpression): string | null {
  const v = e.open === 'start' || e.kind === 'validity' ? e.to ?? e.value : e.value;
  const m = v ? /(\d{4})(?!.*\d{4})/.exec(v) : null;
  return m ? m[1] : null;
}

/** The trade noun of a goal: the nearest before its figure in the clause, else the first after. */
function anchorFor(anchors: readonly Anchor[], from: number, to: number, figStart: number): Anchor | null {
  let before: Anchor | null = null;
  let after: Anchor | null = null;
  for (const a of anchors) {
    if (a.start < from || a.end > to) continue;
    if (a.end <= figStart) before = a;
    else after ??= a;
  }
  return before ?? after;
}

/** The trade noun of the previous sentence of the paragraph, if it has one. */
function previousTradeAnchor(sentence: AnnotatedSentence, context: DocumentContext): Anchor | null {
  const prev = context.sentences[sentence.index - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return null;
  return anchorsOf(prev).find((a) => a.cls === 'turnover' || a.cls === 'mutual' || a.cls === 'exports' || a.cls === 'imports') ?? null;
}

/** Target facts (DESIGN.md fact format, type "target"). */
export const recognizeTarget: Recognizer = (sentence, context): FactDraft[] => {
  const text = sentence.text;
  if (!sentence.money.length && !sentence.multipliers.length && !sentence.percents.length && !sentence.numbers.length) return [];
  const next = continuationOf(sentence, context);
  const figures = targetFigures(sentence, next);
  if (!figures.length) return [];
  const starts = subclausesOf(sentence);
  const cues = cuesOf(sentence);
  let anchors: readonly Anchor[] | null = null;
  const out: FactDraft[] = [];
  for (const fig of figures) {
    const cue = cueFor(text, fig.start, fig.end, starts, cues);
    if (!cue) continue;
    anchors ??= anchorsOf(sentence);
    const clauseFrom = subclauseStartAt(starts, Math.min(cue.start, fig.start));
    const clauseTo = subclauseEndAt(starts, fig.end, text.length);
    const anchor = anchorFor(anchors, clauseFrom, clauseTo, fig.start);
    let indicator: TradeIndicator;
    if (anchor) indicator = indicatorOf(anchor.cls);
    else if (fig.value !== null && fig.currency && OTHER_HEAD_RE.test(text.slice(clauseFrom, clauseTo))) indicator = 'other';
    else {
      // "Таким образом, поставленная цель — 500 млн долларов — выполнена": a goal named by
      // its noun alone is a goal for what the sentence before was about.
      const prevAnchor = cue.strength === 'goal' && fig.currency ? previousTradeAnchor(sentence, context) : null;
      if (!prevAnchor) continue;
      indicator = indicatorOf(prevAnchor.cls);
    }
    // Relative goals need a trade figure to be relative to; bare numbers need a trade noun.
    if (fig.relative !== null && !anchor) continue;
    if (fig.value !== null && !fig.currency && fig.relative === null && !anchor) continue;
    const own = sideMentions(sentence, clauseFrom, clauseTo).map((m) => m.party);
    const sentenceFill = sentenceSides(sentence, context);
    const { parties, fromContext } = completeSides(own, sentenceFill, sentence, context);
    if (parties.length === 1 && parties[0].kind === 'bloc' && indicator === 'turnover') indicator = 'mutual_trade';
    const by = deadlineFor(sentence, context, fig, next);
    // The evidence: the cue, the figure, and the trade noun when it is near.
    const start = Math.min(cue.start, anchor && fig.start - anchor.start <= 80 ? anchor.start : fig.start, fig.start);
    const deadline = periodOf(sentence.times, fig.start, { kinds: ['deadline'] });
    const end = Math.max(fig.end, cue.end, deadline && deadline.start < clauseTo + 40 ? deadline.end : 0);
    out.push({
      type: 'target',
      parties: partyNames(parties, context),
      indicator,
      value: fig.value,
      currency: fig.currency,
      by,
      relative: fig.relative,
      start,
      end,
      confidence: (cue.strength === 'goal' ? 0.8 : 0.65) - (fromContext ? 0.05 : 0),
    });
  }
  return out;
};
