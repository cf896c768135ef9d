/**
 * The words right before a time nucleus: a preposition ("by", "until", "за", "к") and a
 * modifier ("the end of", "mid-", "в конце"). The preposition decides whether "2025" is a
 * date, a deadline, a validity span, a comparison base or the start of an open period.
 */

/**
 * - deadline: by, until, до, к; validity / validityOpen: "for the period (until)", "на период до";
 * - base: compared to, against, по сравнению с; since: since, from, с;
 * - period: during, for, за, по итогам; date: in, on, в, as of;
 * - for / na: "for" and "на", which name a validity before a range and a period or date otherwise.
 */
export type Role = 'deadline' | 'validity' | 'validityOpen' | 'base' | 'since' | 'period' | 'date' | 'for' | 'na';

interface PrepEntry {
  re: RegExp;
  role: Role;
  /** The word also stands before quantities ("by 2 000", "до 2000 тонн"): a bare year after it needs more evidence. */
  weak?: boolean;
  /** After a change figure ("up 12% from 2020", "рост на 5% к 2020 году") it names the comparison base. */
  afterChange?: Role;
}

const P = (src: string, role: Role, opts: Omit<PrepEntry, 're' | 'role'> = {}): PrepEntry =>
  ({ re: new RegExp(`^(?:${src})$`, 'iu'), role, ...opts });

/** Checked in order; the first whose pattern covers the whole preposition wins. */
const PREPS: PrepEntry[] = [
  P('(?:for )?the period (?:until|till|up to|to|through)|на (?:период|срок|перспективу) до', 'validityOpen'),
  P('(?:for )?the period(?: (?:of|from))?|for the years|на (?:период|срок)(?: со?)?', 'validity'),
  P('until|till|untill|up until|through|(?:no|not) later than|вплоть до|не (?:позднее|позже)', 'deadline'),
  // "by" is weak only after a change figure ("increased by 2020 units").
  P('by', 'deadline'),
  P('up to|до|по|to', 'deadline', { weak: true }),
  P('к|ко', 'deadline', { weak: true, afterChange: 'base' }),
  P('(?:as )?compared (?:to|with)|in comparison (?:to|with)|(?:as )?against|versus|vs\\.?|relative to' +
    '|(?:по )?сравнению со?|в сравнении со?|относительно|против|к уровню|от уровня', 'base'),
  P('since|(?:starting|beginning) (?:from|in|with)|начиная со?|со?', 'since'),
  P('from', 'since', { afterChange: 'base' }),
  P('(?:during|over|in) the period(?: (?:of|from))?|в период(?: со?)?', 'period'),
  P('during|throughout|in the course of|за|в течение|по итогам|по результатам', 'period'),
  P('over', 'period', { weak: true, afterChange: 'base' }),
  P('for', 'for'),
  P('на', 'na', { weak: true }),
  P('as (?:of|at)|as (?:early|far back|late) as|back in|по состоянию на|in|в|во|after|before', 'date'),
  P('on|at|of|от', 'date', { weak: true, afterChange: 'base' }),
];

const PREP_SRC =
  '(?:during|over|in)\\s{1,3}the\\s{1,3}period(?:\\s{1,3}(?:of|from))?|в\\s{1,3}период(?:\\s{1,3}со?)?|(?:for\\s{1,3})?the\\s{1,3}period(?:\\s{1,3}(?:until|till|up\\s{1,3}to|to|through|of|from))?' +
  '|на\\s{1,3}(?:период|срок|перспективу)(?:\\s{1,3}(?:до|со?))?|for\\s{1,3}the\\s{1,3}years' +
  '|until|till|untill|up\\s{1,3}until|through|(?:no|not)\\s{1,3}later\\s{1,3}than|вплоть\\s{1,3}до|не\\s{1,3}(?:позднее|позже)' +
  '|by|up\\s{1,3}to|до|по|to|ко|к' +
  '|(?:as\\s{1,3})?compared\\s{1,3}(?:to|with)|in\\s{1,3}comparison\\s{1,3}(?:to|with)|(?:as\\s{1,3})?against|versus|vs\\.?' +
  '|relative\\s{1,3}to|(?:по\\s{1,3})?сравнению\\s{1,3}со?|в\\s{1,3}сравнении\\s{1,3}со?|относительно|против' +
  '|к\\s{1,3}уровню|от\\s{1,3}уровня' +
  '|since|(?:starting|beginning)\\s{1,3}(?:from|in|with)|начиная\\s{1,3}со?|со|с|from' +
  '|during|throughout|in\\s{1,3}the\\s{1,3}course\\s{1,3}of|за|в\\s{1,3}течение|по\\s{1,3}итогам|по\\s{1,3}результатам' +
  '|over|for|на|as\\s{1,3}(?:of|at)|as\\s{1,3}(?:early|far\\s{1,3}back|late)\\s{1,3}as|по\\s{1,3}состоянию\\s{1,3}на|in|во|в|after|before|on|at|of|от';

/** Words between the preposition and the nucleus that narrow it but keep its value. */
const MOD_SRC =
  'the\\s{1,3}(?:very\\s{1,3})?(?:end|beginning|start|middle|close)\\s{1,3}of' +
  '|(?:end|beginning|start|middle)\\s{1,3}of' +
  '|the\\s{1,3}(?:first|second|last)\\s{1,3}(?:days|weeks|half|decade|ten\\s{1,3}days)\\s{1,3}of' +
  '|(?:the\\s{1,3})?(?:spring|summer|autumn|fall|winter)(?:\\s{1,3}of)?' +
  '|the\\s{1,3}years?|early|late|mid-?' +
  '|(?:конц|начал|середин)[еаугыо]|конец|концом' +
  '|(?:перв|втор)(?:ой|ую)\\s{1,3}половин[еыу]|(?:перв|втор|последн)(?:ой|ую|ей|юю)\\s{1,3}декад[еыу]' +
  '|весной|летом|осенью|зимой';

/**
 * Words a preposition or modifier can end with. Checked before the regex: most nuclei
 * follow some other word, and then there is nothing to read.
 */
const LAST_WORDS = new Set(`
period of from until till untill to through than by with against versus vs since in during over
throughout for at after before on as years year spring summer autumn fall winter early late mid
до по со с срок перспективу период позднее позже ко к сравнению сравнении относительно против уровню
уровня начиная за течение итогам результатам на от во в конец концом весной летом осенью зимой
`.split(/\s+/).filter(Boolean));
const LAST_WORD_STEMS = /^(?:конц|начал|середин|половин|декад)\p{L}$/u;

/** The word that ends right before `start` (over spaces and a hyphen), lowercased. */
function previousWord(text: string, start: number): string {
  let i = start - 1;
  let spaces = 0;
  while (i >= 0 && spaces <= 3 && (text[i] === ' ' || text[i] === '\u00A0' || text[i] === '\n' || text[i] === '\t')) { i--; spaces++; }
  if (i >= 0 && (text[i] === '-' || text[i] === '.')) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 24 && WORD_CHAR.test(text[i])) i--;
  return text.slice(i + 1, end).toLowerCase();
}
const WORD_CHAR = /[\p{L}]/u;

/** Anchored at both ends: tried only at word starts, so the scan stays short. */
const LEFT_RE = new RegExp(`(?:(${PREP_SRC})\\s{1,3})?(?:(${MOD_SRC})\\s{0,3})?$`, 'iuy');
const WORD = /[\p{L}\p{N}]+/gu;

export interface LeftContext {
  /** Where the time phrase starts: the preposition, else the modifier, else the nucleus. */
  start: number;
  /** The preposition, lowercased with single spaces. */
  prep?: string;
  role?: Role;
  weak: boolean;
  modifier?: string;
  /** A change figure ("12%", "1.5 times", "рост") stands shortly before the preposition. */
  afterChange: boolean;
  /** What the preposition means after a change figure, when that differs. */
  changeRole?: Role;
}

const CHANGE_BEFORE = new RegExp(
  '(?:\\d\\s?%|\\d\\s?(?:percent|per\\s?cent|процент\\p{L}*|times|раз\\p{L}{0,2})|-fold|кратн' +
  '|(?<!\\p{L})(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|gained|рост\\p{L}*|прирост\\p{L}*' +
  '|увелич\\p{L}*|сниж\\p{L}*|сократ\\p{L}*|вырос\\p{L}*))[^.;!?\\d]{0,30}$', 'iu',
);

/** How far back a preposition and modifier can reach. */
const LOOKBACK = 60;

/** Where the look-back before `start` begins with no floor: a floor at or before it changes nothing. */
export function lookBackStart(start: number): number {
  return Math.max(0, start - LOOKBACK);
}

/**
 * Reads the preposition and modifier ending right at `start`, never reaching before `floor`
 * (the end of the previous expression).
 */
export function readLeftContext(text: string, start: number, floor = 0): LeftContext {
  const from = Math.max(floor, start - LOOKBACK);
  const none: LeftContext = { start, weak: false, afterChange: false };
  const last = previousWord(text, start);
  if (!LAST_WORDS.has(last) && !LAST_WORD_STEMS.test(last)) return none;
  const m = leftMatch(text, from, start);
  if (!m || (!m[1] && !m[2])) return none;
  const phraseStart = from + m.index;
  const modifier = m[2] ? normalize(m[2]) : undefined;
  if (!m[1]) return { start: phraseStart, modifier, weak: false, afterChange: false };
  const prep = normalize(m[1]);
  const entry = PREPS.find((p) => p.re.test(prep));
  // Only prepositions that change meaning after a change figure need the (slower) look back.
  const afterChange = (entry?.afterChange !== undefined || prep === 'by') &&
    CHANGE_BEFORE.test(text.slice(Math.max(0, phraseStart - 40), phraseStart));
  return {
    start: phraseStart,
    prep,
    role: entry?.role,
    weak: (Boolean(entry?.weak) || (prep === 'by' && afterChange)) && !modifier,
    modifier,
    afterChange,
    changeRole: entry?.afterChange,
  };
}

/** The longest preposition-and-modifier run ending at `end` that starts at a word boundary. */
function leftMatch(text: string, from: number, end: number): RegExpExecArray | null {
  const slice = text.slice(from, end);
  WORD.lastIndex = 0;
  for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
    // The first word of a cut slice may be the tail of a longer one.
    if (w.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1])) continue;
    LEFT_RE.lastIndex = w.index;
    const m = LEFT_RE.exec(slice);
    if (m && m[0]) return m;
  }
  return null;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}
