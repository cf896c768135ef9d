/**
 * What a project is about: the noun phrase a trigger governs ("delivered 15 low-floor
 * trolleybuses", "assembly of Belarusian tractors", "plant to produce tractor cabins",
 * "строительство завода по производству шин"), or the name a trigger carries ("joint
 * venture Vatan Ltd", "Haier Industrial Park").
 */
import { isCyrillicWord, looksLikeRuAdjective, tokenAt, type Tok } from './event-tokens.ts';
import { OF_CONTINUES, QUANTITY_LEAD_RE, RU_SHORT_PARTICIPLE_RE, SUBJECT_STOP, type ProjectTrigger } from './project-lexicon.ts';
import type { Clause, Scan } from './project-scan.ts';
import { isSide } from './project-sides.ts';

/** Triggers that name a facility themselves: "assembly plant", "сборочное производство". */
const FACILITY_TRIGGER_RE = /(?:plants?|facilit(?:y|ies)|lines?|shops?|enterprises?|sites?|workshop|производств\p{L}*|предприяти\p{L}*|завод\p{L}*|цех\p{L}*|площадк\p{L}*|лини\p{L}*)$/iu;

export interface Subject {
  text: string;
  start: number;
  end: number;
  /** Last word of the main noun phrase (before a purpose or a list): "complex" of "complex to produce ...". */
  head: string;
  /** A proper name ("Vatan Ltd", "Haier Industrial Park", "Energy and Electrification"). */
  named: boolean;
  /** The proper name itself, when it names the undertaking as an actor ("Velikiy Kamen industrial park"). */
  name?: string;
  /** The trigger's own words ("assembly plant"): a project only with someone or somewhere to it. */
  bare?: boolean;
}

export function readSubject(scan: Scan, trigger: ProjectTrigger, ti: number, lastTrig: number, raw: string, clause: Clause): Subject | null {
  const { toks, text } = scan;
  if (trigger.mode === 'self') return selfName(scan, ti, lastTrig, clause);
  if (trigger.mode === 'verb') {
    // Passive: "X were shipped", "X have been installed", "X are planned to be purchased".
    const prev = toks[ti - 1]?.lower ?? '';
    if (/ed$/.test(raw) && ['was', 'were', 'been', 'be', 'being', 'are', 'is'].includes(prev)) return readNPBefore(scan, ti - 1, clause);
  }
  // Object or "of"-phrase after the trigger.
  let k = lastTrig + 1;
  while (k < toks.length && (['of', 'for', 'the', 'a', 'an', 'its', 'their', 'such', 'big', 'large', 'new'].includes(toks[k]!.lower) || /^[-–—:]$/.test(toks[k]!.text))) k++;
  if (/^(?:assembly|сборк)/iu.test(raw) && toks[k]?.lower === 'production' && toks[k + 1]?.lower === 'of') k += 2;
  // "построит в Ташкенте жилой комплекс", "delivered to Minsk 20 buses": a place before the object.
  if (['в', 'во', 'на', 'to', 'in'].includes(toks[k]?.lower ?? '') && trigger.mode === 'verb') {
    const p = scan.s.parties.find((x) => x.start === toks[k + 1]?.start);
    if (p && isSide(p.party)) k = tokenAt(toks, p.end);
  }
  // "MTZ's plant": the owner is an actor, the plant the subject.
  if (/['’]s$/.test(toks[k]?.text ?? '')) k++;
  let np = readNP(scan, k, clause, false);
  // "LED lighting equipment production organisation project", "milk processing plant": the subject stands before.
  if ((!np || /^(?:projects?|organi[sz]ation|plant|plants)$/i.test(np.text)) && /(?:plant|project|organi[sz]ation|production|manufacturing)$/i.test(raw) ||
    /(?:plant|project|organi[sz]ation)$/i.test(raw)) {
    const left = leftCompound(scan, ti, clause);
    if (left) np = { ...left, text: `${left.text} ${text.slice(toks[ti]!.start, toks[lastTrig]!.end)}`.replace(/\s+/g, ' '), end: toks[lastTrig]!.end, head: toks[lastTrig]!.lower };
  }
  // "opened an assembly plant in Kazakhstan", "открыла сборочное производство в Казахстане":
  // nothing follows but a place, and the facility the trigger names is what the project is.
  if (!np && trigger.mode === 'of' && FACILITY_TRIGGER_RE.test(raw)) {
    np = { text: raw.replace(/\s+/g, ' '), start: toks[ti]!.start, end: toks[lastTrig]!.end, head: toks[lastTrig]!.lower, named: false, bare: true };
  }
  if (!np) return null;
  // "plant in Kazakhstan to produce tractor cabins": the purpose belongs to it, the place is the partner's.
  let j = tokenAt(toks, np.end);
  if (['in', 'at', 'в'].includes(toks[j]?.lower ?? '')) {
    let q = j + 1;
    // "in the Omsk Region to produce": a place the text names, past its article and kind word.
    if (toks[q]?.lower === 'the') q++;
    const place = scan.s.parties.find((p) => p.start === toks[q]?.start);
    if (place) q = tokenAt(toks, place.end);
    else if (q === j + 1) while (toks[q]?.cap) q++;
    if (q > j + 1 && (toks[q]?.lower === 'to' || toks[q]?.lower === 'for')) j = q;
  }
  const purposeAt = purposeStart(toks, j);
  const after = toks[j];
  if (after && purposeAt > 0) {
    const purpose = readNP(scan, purposeAt, clause, false, false);
    if (purpose) {
      const purposeText = text.slice(after.start, purpose.end).replace(/\s+/g, ' ');
      return { ...np, text: `${np.text} ${purposeText}`, end: purpose.end };
    }
  }
  return np;
}

/**
 * Where the object of a purpose starts: "to produce X", "for the production of X",
 * "producing X", "по производству X"; -1 when token j opens no purpose.
 */
export function purposeStart(toks: readonly Tok[], j: number): number {
  const a = toks[j]?.lower ?? '';
  const b = toks[j + 1]?.lower ?? '';
  const c = toks[j + 2]?.lower ?? '';
  if (a === 'to' && /^(?:produce|manufacture|make|process|assemble|repair|build)$/.test(b)) return j + 2;
  if (a === 'producing' || a === 'manufacturing') return j + 1;
  if (a === 'for' && /^(?:production|manufacture|manufacturing|processing|assembly)$/.test(b) && c === 'of') return j + 3;
  if (a === 'for' && b === 'the' && /^(?:production|manufacture|manufacturing|processing|assembly)$/.test(c) && toks[j + 3]?.lower === 'of') return j + 4;
  if (a === 'по' && /^(?:производству|выпуску|переработке|сборке|ремонту)$/.test(b)) return j + 2;
  return -1;
}

/** Nouns right before a trigger that say what it is about: "milk processing plant", "LED lighting equipment production". */
export function leftCompound(scan: Scan, ti: number, clause: Clause): Subject | null {
  const { toks, text } = scan;
  let j = ti - 1;
  let first = -1;
  let cap = false;
  while (j >= 0 && toks[j]!.start >= clause.start && toks[j]!.word && ti - j <= 5) {
    const t = toks[j]!;
    if (SUBJECT_STOP.has(t.lower) || ['the', 'a', 'an', 'its', 'their', 'of', 'and', 'this', 'to', 'create', 'set', 'up'].includes(t.lower)) break;
    if (!t.cap && /(?:ed|ing)$/.test(t.lower) && !/^(?:processing|lighting|engineering|building|mining)$/.test(t.lower)) break;
    if (t.cap) cap = true;
    first = j;
    j--;
  }
  if (first < 0) return null;
  const s = text.slice(toks[first]!.start, toks[ti - 1]!.end);
  return { text: s, start: toks[first]!.start, end: toks[ti - 1]!.end, head: toks[ti - 1]!.lower, named: cap };
}

/** A subject that names itself: "joint venture Vatan Ltd", "technology platform 'Energy'", "Haier Industrial Park". */
export function selfName(scan: Scan, ti: number, lastTrig: number, clause: Clause): Subject {
  const { toks, text } = scan;
  let start = toks[ti]!.start;
  let named = false;
  // Left: "the Tajik-Belarusian joint venture", "the 15th Eurasian Platform", "the Velikiy Kamen industrial park".
  let j = ti - 1;
  let leftName = '';
  while (j >= 0 && toks[j]!.start >= clause.start && toks[j]!.word && (toks[j]!.cap || /^\d+(?:st|nd|rd|th)$/.test(toks[j]!.lower)) && j >= ti - 4) {
    if (j === 0 && /^(?:the|a|an|in|at|by|for|this|another)$/i.test(toks[j]!.text)) break;
    start = toks[j]!.start;
    if (toks[j]!.cap && !/-/.test(toks[j]!.text)) named = true;
    j--;
  }
  if (start < toks[ti]!.start) leftName = text.slice(start, toks[lastTrig]!.end);
  let end = toks[lastTrig]!.end;
  // Right: a name ("Vatan Ltd", `- "Energy and Electrification"`) and a purpose ("to produce dairy products").
  let k = lastTrig + 1;
  if (/^[-–—]$/.test(toks[k]?.text ?? '')) k++;
  if (toks[k] && /^["“«]$/.test(toks[k]!.text)) {
    const close = toks.findIndex((x, idx) => idx > k && idx <= k + 14 && /^["”»]$/.test(x.text));
    if (close > 0) { end = toks[close]!.end; k = close + 1; named = true; }
  } else {
    let n = 0;
    while (toks[k] && toks[k]!.word && toks[k]!.cap && n < 4) { end = toks[k]!.end; k++; n++; named = true; }
  }
  if (toks[k]?.text === '(') {
    const close = toks.findIndex((x, idx) => idx > k && idx <= k + 8 && x.text === ')');
    if (close > 0) { end = toks[close]!.end; k = close + 1; }
  }
  // "joint venture to produce dairy products", "service centre for agricultural machinery".
  const purposeAt = purposeStart(toks, k);
  if (purposeAt > 0 || toks[k]?.lower === 'for' || toks[k]?.lower === 'of') {
    const np = readNP(scan, purposeAt > 0 ? purposeAt : k + 1, clause, false, false);
    if (np) end = np.end;
  }
  const textOut = text.slice(start, end).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
  const name = named && leftName && /park|парк/iu.test(leftName) ? leftName.replace(/^(?:the|a|an)\s+/i, '') : undefined;
  return { text: textOut, start, end, head: toks[lastTrig]!.lower, named, name };
}

/** A noun phrase from token k: modifiers, nouns, "and"/"," lists, "units of X"; stops at verbs and clause words. */
export function readNP(scan: Scan, k: number, clause: Clause, lenient: boolean, lists = true): Subject | null {
  const { toks, text } = scan;
  // Quantity words open the phrase but are not the subject: "more than 160 tractors", "up to 1,500 buses".
  const rest = text.slice(toks[k]?.start ?? text.length, clause.end);
  const lead = QUANTITY_LEAD_RE.exec(rest);
  if (lead) k = tokenAt(toks, (toks[k]?.start ?? 0) + lead[0].length);
  let first = -1;
  let last = -1;
  let headTok = -1;
  let n = 0;
  let m = k;
  while (m < toks.length && toks[m]!.start < clause.end && n < 14) {
    const t = toks[m]!;
    if (!t.word) {
      if (t.text === ',' && lists && last >= 0 && toks[m + 1]?.word && !SUBJECT_STOP.has(toks[m + 1]!.lower) && !/ed$/.test(toks[m + 1]!.lower) && !['the', 'a', 'an', 'and'].includes(toks[m + 1]!.lower)) { if (headTok < 0) headTok = last; m++; continue; }
      if ((t.text === '-' || t.text === '–') && last >= 0 && toks[m + 1]?.start === t.end) { m++; continue; }
      if (t.text === '(' && last >= 0) {
        const close = toks.findIndex((x, idx) => idx > m && idx <= m + 8 && x.text === ')');
        if (close > 0) { last = close; m = close + 1; n++; continue; }
      }
      break;
    }
    const lower = t.lower;
    if (lower === 'of') {
      if (last >= 0 && OF_CONTINUES.has(toks[last]!.lower)) { m++; continue; }
      if (!scan.ru && first >= 0 && !lenient) break;
    }
    // "complexes for monitoring the atmosphere", "system for the detection of": a purpose of the thing.
    if (lower === 'for' && last >= 0 && /ing$/.test(toks[m + 1]?.lower ?? '')) {
      first = first < 0 ? m : first;
      last = m + 1;
      m += 2;
      n += 2;
      continue;
    }
    if (lower === 'and' || lower === 'и') {
      const nx = toks[m + 1];
      // "tractors and trailers" goes on; "tractors and a service centre" is another thing.
      if (last < 0 || !nx?.word || SUBJECT_STOP.has(nx.lower) || ['a', 'an', 'the', 'its', 'their', 'started', 'began'].includes(nx.lower) || /(?:ed)$/.test(nx.lower)) break;
      if (headTok < 0) headTok = last;
      m++;
      continue;
    }
    if (SUBJECT_STOP.has(lower)) break;
    if (!t.cap && lower.length > 4 && /(?:ed|ing)$/.test(lower) && first >= 0 && !lenient &&
      !/^(?:building|processing|engineering|clothing|packaging|printing|mining|heating|logging|lighting|farming|breeding|tested)$/.test(lower)) {
      // "combined buses", "modular sewage plants": a participle before a noun is an adjective.
      const nx = toks[m + 1];
      if (!(nx && nx.word && !nx.cap && !SUBJECT_STOP.has(nx.lower) && !['the', 'a', 'an', 'of', 'and', 'by'].includes(nx.lower))) break;
    }
    if (isCyrillicWord(t.text) && !t.cap && (/(?:лся|лась|лось|лись|ется|ится|ются|ятся|ал|ял|ил|ел|ула|ала|яла|ила|ела|али|яли|или|ели)$/u.test(lower) || RU_SHORT_PARTICIPLE_RE.test(lower))) break;
    if (first < 0) first = m;
    last = m;
    m++;
    n++;
  }
  if (first < 0) return null;
  while (last > first && ['the', 'a', 'an', 'of', 'other'].includes(toks[last]!.lower)) last--;
  const start = toks[first]!.start;
  let s = text.slice(start, toks[last]!.end).replace(/\s+/g, ' ');
  s = s.replace(QUANTITY_LEAD_RE, '');
  const num = scan.s.numbers.find((x) => x.start >= start && x.start <= start + 12 && x.end < toks[last]!.end);
  if (num) s = text.slice(num.end, toks[last]!.end).replace(/\s+/g, ' ');
  s = s.replace(/^\d[\d,.\s]*(?=\p{L})/u, '').replace(/^(?:another|other)\s+/i, '').trim();
  // English puts the head last ("water treatment plants"); Russian first, after its adjectives ("завода по производству шин").
  let head = toks[headTok >= 0 ? headTok : last]!.lower;
  if (scan.ru) {
    let h = first;
    while (h < last && looksLikeRuAdjective(toks[h]!.lower)) h++;
    head = toks[h]!.lower;
  }
  return { text: s, start, end: toks[last]!.end, head, named: false };
}

/** The noun phrase before a passive verb: "special-purpose vehicles and X-ray equipment [were shipped]". */
export function readNPBefore(scan: Scan, auxIndex: number, clause: Clause): Subject | null {
  const { toks } = scan;
  let j = auxIndex;
  // Back over the verb group: "are planned to be", "have already been", "will be".
  while (j >= 0 && ['already', 'also', 'now', 'have', 'has', 'had', 'been', 'will', 'would', 'be', 'being', 'successfully', 'not', 'are', 'is', 'was', 'were', 'to', 'planned', 'expected', 'scheduled', 'going', 'due'].includes(toks[j]!.lower)) j--;
  let first = j;
  while (first - 1 >= 0 && toks[first - 1]!.start >= clause.start && first > j - 12) {
    const t = toks[first - 1]!;
    if (!t.word && !['-', ',', '(', ')'].includes(t.text)) break;
    if (t.word && SUBJECT_STOP.has(t.lower) && t.lower !== 'and') break;
    if (t.word && ['the', 'time', 'first', 'this', 'these'].includes(t.lower)) break;
    first--;
  }
  while (first <= j && !toks[first]!.word) first++;
  if (j < 0 || first > j) return null;
  return readNP(scan, first, { start: clause.start, end: toks[j]!.end }, true);
}
