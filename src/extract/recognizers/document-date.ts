/**
 * The date a document was signed or adopted: "signed in November 2017", "adopted back in
 * 2007", "(2013)" after the name, "the 2006 Treaty", and a date opening the sentence ("In
 * March 2021, ... the parties signed a new agreement").
 */
import type { TimeExpression } from '../time/index.ts';
import { SIGN_VERB_RE } from './document-lexicon.ts';
import type { Scope } from './document.ts';

/** Verbs that tie a date to a document less firmly than signing: appeared, launched, came into force. */
const DATE_LINK_RE = /^(?:appear\p{L}*|emerg\p{L}*|launch\p{L}*|creat\p{L}*|establish\p{L}*|supplement\p{L}*|dated|came|come|enter\p{L}*|started|начал\p{L}*|вступ\p{L}*|появил\p{L}*)$/u;
/** How far (characters) a date may stand from its verb or from the name. */
const DATE_REACH = 90;
/** How far before the name a verb may govern it. */
const VERB_REACH_BEFORE = 200;
const DATE_VALUE_RE = /^\d{4}(?:-\d{2}){0,2}$/;

/** `reachTo`: where the stretch a verb may stand in ends, when the mention reaches beyond its name (a list of partners). */
export function documentDate(s: Scope, reachTo?: number): string | null {
  const { sentence, toks, m, lo, hi } = s;
  if (m.parenYear) return m.parenYear.year;
  const nameFrom = toks[m.from]!.start;
  const nameTo = toks[m.to - 1]!.end;
  // Read when first wanted: they ask for the sentence's time expressions, which no other
  // recognizer may need, and a name with no verb, "of", year or opening date near it wants none.
  let known: TimeExpression[] | null = null;
  const regionFrom = Math.max(lo, nameFrom - VERB_REACH_BEFORE);
  const regionTo = Math.max(Math.min(hi, toks[Math.min(toks.length - 1, m.to + 5)]!.end), reachTo !== undefined ? Math.min(hi, reachTo + 40) : 0);
  let signed = false;
  for (const verbs of [SIGN_VERB_RE, DATE_LINK_RE]) {
    let best: { t: TimeExpression; d: number } | null = null;
    for (const v of toks) {
      if (v.start < regionFrom || v.end > regionTo || !verbs.test(v.lower)) continue;
      if (verbs === SIGN_VERB_RE) signed = true;
      for (const t of (known ??= datesOutside(sentence.times, nameFrom, nameTo))) {
        if (t.end <= lo - DATE_REACH || t.start >= hi + DATE_REACH) continue;
        const d = Math.min(gap(t, v.start, v.end), gap(t, nameFrom, nameTo));
        if (d <= DATE_REACH && (!best || d < best.d)) best = { t, d };
      }
    }
    if (best) return best.t.value;
  }
  // "the intergovernmental agreement of 2015", "договор от 12 мая 2015 года"
  const right = sentence.text.slice(nameTo, nameTo + 12);
  const dated = /^\s*(?:of|dated|from|от)\s+/iu.exec(right);
  if (dated) {
    const at = nameTo + dated[0].length;
    const t = (known ??= datesOutside(sentence.times, nameFrom, nameTo)).find((x) => x.start >= at - 3 && x.start <= at + 1);
    if (t) return t.value;
  }
  if (m.yearBefore && /^\d{4}$/.test(m.yearBefore)) return m.yearBefore;
  // "In March 2021, the ninth meeting ... was held, where the parties signed a new agreement ..."
  if (!signed && !SIGN_VERB_RE.test(sentence.text.slice(0, nameFrom).split(/\s+/).slice(-8).join(' '))) return null;
  const opening = (known ??= datesOutside(sentence.times, nameFrom, nameTo)).find((t) => t.start <= 12 && /^\s*,/.test(sentence.text.slice(t.end, t.end + 2)));
  return opening ? opening.value : null;
}

/** Dates and periods with a calendar value, outside the name. */
function datesOutside(times: readonly TimeExpression[], nameFrom: number, nameTo: number): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const t of times) {
    if (t.value !== null && !t.base && (t.kind === 'date' || t.kind === 'period') && DATE_VALUE_RE.test(t.value) && (t.end <= nameFrom || t.start >= nameTo)) out.push(t);
  }
  return out;
}

function gap(t: TimeExpression, from: number, to: number): number {
  if (t.start >= to) return t.start - to;
  if (t.end <= from) return from - t.end;
  return 0;
}
