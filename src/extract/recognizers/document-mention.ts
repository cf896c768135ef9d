/**
 * Mentions of documents in a sentence: a head noun ("Agreement", "roadmap", "соглашение")
 * with the modifiers before it and the complement after it that make up its name
 * ("the CIS Concept of Further Development", "a cooperation agreement", "Дорожную карту
 * развития сотрудничества между ... на 2022-2023 годы").
 */
import type { DocumentKind } from '../../domain/fact.ts';
import type { Token } from './count-phrase.ts';
import {
  EN_ANAPHORIC, EN_COMPLEMENT_PARTICIPLES, EN_COMPLEMENT_PREPS, EN_NAME_ONLY_HEADS, EN_PREMODIFIERS, EN_PREMODIFIER_NOISE, EN_TITLE_STOP,
  RU_ANAPHORIC, RU_COMPLEMENT_PREPS, RU_TITLE_STOP, RU_VERB_RE, SECTOR_WORDS, SIGN_VERB_RE, documentHeadAt,
} from './document-lexicon.ts';

export interface DocumentMention {
  kind: DocumentKind;
  plural: boolean;
  russian: boolean;
  /** Token indices: the head [headFrom, headTo), the name [from, to). */
  headFrom: number;
  headTo: number;
  from: number;
  to: number;
  /** The head is written with a capital inside the sentence, or the name is quoted: a proper name. */
  titled: boolean;
  /** Modifiers before the head that carry meaning ("cooperation", "CIS"), not "new". */
  premodifiers: number;
  /** The name goes on after the head ("on cooperation in ...", "развития сотрудничества"). */
  complement: boolean;
  /** The name is in quotes after the head: programme "Pramen". */
  quoted: boolean;
  /** "this agreement", "such programmes", "the signed agreement": a reference back. */
  anaphoric: boolean;
  /** A numeral before the head: "26 agreements" is a count. */
  counted: boolean;
  /** "the 2006 Treaty", "the 2009-2011 cooperation programme". */
  yearBefore: string | null;
  /** "(2007)" right after the name. */
  parenYear: { year: string; to: number } | null;
}

const YEAR_RE = /^(?:19|20)\d{2}$/;
const YEAR_RANGE_RE = /^(?:19|20)\d{2}[-–‐](?:19|20)?\d{2}$/;
const NUMBER_WORD_RE = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|several|many|numerous|a number|две|два|три|четыре|пять|несколько|ряд)$/;
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words after which a following year belongs to the name: "until 2030", "for 2021-2023", "на 2022-2023 годы". */
const YEAR_LEAD = new Set(['until', 'till', 'to', 'for', 'through', 'up', 'in', 'до', 'на', 'период', 'period', 'from', 'с', 'по', '-', '–', 'and']);
/** Russian words after a head that continue its name without a preposition (genitives of the name). */
const RU_GENITIVE_RE = /^\p{Script=Cyrillic}+(?:ия|ии|ий|ства|ств|ния|ний|ции|ций|ки|ов|ей|ого|его|ой|ей|ых|их|ы|и|а)$/u;
const RU_ADJECTIVE_RE = /^\p{Script=Cyrillic}+(?:ая|яя|ое|ее|ый|ий|ой|ую|юю|ые|ие|ых|их|ого|его|ей|ему|ому|ым|им|ими|ыми)$/u;
const MAX_NAME_TOKENS = 32;
const MONTH_RE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|early|mid|late|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[ея]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)$/u;
/** Nouns a head word may modify ("protocol service", "contract manufacturing"): then it names no document. */
const NOUN_AFTER_HEAD = /^(?:service|services|officer|officers|department|director|directors|manager|managers|management|manufacturing|manufacturer|partners?|value|values|price|prices|terms|targets?|indicators?|holders?|negotiations|talks|template|requirements?|obligations?|parties|signing|ceremony|workers|staff|basis|prices|figures|volume|volumes)$/;
const MAX_PREMODIFIERS = 5;

/** Every document mention of a tokenised sentence, left to right. */
export function findDocumentMentions(toks: readonly Token[]): DocumentMention[] {
  const lowers = toks.map((t) => t.lower);
  const firstWord = toks.findIndex((t) => t.word);
  const out: DocumentMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i]!.word) continue;
    const head = documentHeadAt(lowers, i);
    if (!head) continue;
    const m = mentionAt(toks, lowers, i, head.kind, head.plural, head.length, firstWord);
    if (m) {
      out.push(m);
      i = Math.max(i, m.to - 1);
    }
  }
  return out;
}

function mentionAt(
  toks: readonly Token[], lowers: readonly string[], i: number, kind: DocumentKind, plural: boolean, length: number, firstWord: number,
): DocumentMention | null {
  const headTok = toks[i]!;
  const russian = /\p{Script=Cyrillic}/u.test(headTok.text);
  const headWord = lowers[i]!;
  // "plans to", "to plan": the verb.
  const before = lowers[i - 1] ?? '';
  if ((headWord === 'plan' || headWord === 'plans') && /^(?:to|will|would|we|they|can|could|should|must|also|it)$/.test(before)) return null;
  if (headWord === 'minutes' && (before !== 'the' || NUMBER_WORD_RE.test(lowers[i - 2] ?? ''))) return null;

  // "the state protocol service", "agreement partners": the head word modifies another noun.
  if (!russian && NOUN_AFTER_HEAD.test(lowers[i + length] ?? '')) return null;

  // Modifiers before the head.
  let from = i;
  let premodifiers = 0;
  let anaphoric = false;
  let counted = false;
  let yearBefore: string | null = null;
  let capitalisedPremodifier = false;
  for (let j = i - 1; j >= 0 && i - j <= MAX_PREMODIFIERS; j--) {
    const t = toks[j]!;
    if (!t.word) break;
    const w = lowers[j]!;
    if (YEAR_RE.test(w) || YEAR_RANGE_RE.test(w)) {
      yearBefore = w;
      // "the 2009-2011 cooperation programme" is named by its period; "the 2006 Treaty" only dated.
      if (YEAR_RANGE_RE.test(w)) from = j;
      break;
    }
    if (NUMBER_WORD_RE.test(w)) {
      counted = true;
      break;
    }
    if (DETERMINERS.has(w)) break;
    if (EN_ANAPHORIC.has(w) || RU_ANAPHORIC.has(w) || /^(?:signed|adopted|approved|concluded|mentioned|подписанн\p{L}*|принят\p{L}*)$/u.test(w)) {
      anaphoric = true;
      break;
    }
    const capital = /^\p{Lu}/u.test(t.text);
    if (russian) {
      if (!RU_ADJECTIVE_RE.test(w)) break;
    } else if (capital && j !== firstWord) {
      capitalisedPremodifier = true;
    } else if (capital && j === firstWord && EN_PREMODIFIERS.has(w)) {
      // "Cooperation agreements ..." at the start of a sentence.
    } else if (!EN_PREMODIFIERS.has(w) && !/^\p{L}+-\p{L}+$/u.test(t.text)) {
      break;
    }
    from = j;
    if (!EN_PREMODIFIER_NOISE.has(w)) premodifiers++;
  }

  // The complement after the head.
  let k = i + length;
  let complement = false;
  let titledByQuote = false;
  // "action plan (road map)", "(draft)"
  if (toks[k]?.text === '(' && toks[k + 2]?.text === ')' && /^(?:roadmap|draft)$/.test(lowers[k + 1] ?? '')) {
    if (lowers[k + 1] === 'roadmap') kind = 'roadmap';
    k += 3;
  } else if (toks[k]?.text === '(' && lowers[k + 1] === 'road' && lowers[k + 2] === 'map' && toks[k + 3]?.text === ')') {
    kind = 'roadmap';
    k += 4;
  }
  let to = k;
  // A quoted name: programme "Pramen", программа «Союзное государство».
  if (/^["«“]$/.test(toks[k]?.text ?? '')) {
    const close = findClose(toks, k + 1, 14);
    if (close > 0) {
      to = close + 1;
      k = to;
      titledByQuote = true;
    }
  }
  const opensComplement = russian
    ? RU_COMPLEMENT_PREPS.has(lowers[k] ?? '') || (RU_GENITIVE_RE.test(lowers[k] ?? '') && !RU_VERB_RE.test(lowers[k] ?? '') && !RU_TITLE_STOP.has(lowers[k] ?? ''))
    : EN_COMPLEMENT_PREPS.has(lowers[k] ?? '') || EN_COMPLEMENT_PARTICIPLES.has(lowers[k] ?? '');
  if (opensComplement && toks[k]?.word) {
    const end = complementEnd(toks, lowers, k, russian, /^\p{Lu}/u.test(headTok.text) && i !== firstWord);
    if (end > k) {
      complement = true;
      to = end;
    }
  }
  let parenYear: DocumentMention['parenYear'] = null;
  if (toks[to]?.text === '(' && YEAR_RE.test(lowers[to + 1] ?? '') && toks[to + 2]?.text === ')') parenYear = { year: lowers[to + 1]!, to: to + 3 };

  const capitalHead = /^\p{Lu}/u.test(headTok.text);
  const complementCapitalised = complement && toks.slice(i + length, to).some((t, n) => n > 0 && t.word && /^\p{Lu}/u.test(t.text) && !/^(?:The|A)$/.test(t.text));
  const titled = titledByQuote || (capitalHead && (i !== firstWord || complementCapitalised || capitalisedPremodifier)) || (capitalisedPremodifier && !russian);
  if (EN_NAME_ONLY_HEADS.has(headWord) && !nameOnlyHeadOk(headWord, lowers, from, i, k, complement)) return null;
  return {
    kind, plural, russian, headFrom: i, headTo: i + length, from, to, titled, quoted: titledByQuote, premodifiers, complement, anaphoric, counted,
    yearBefore, parenYear,
  };
}

/** "Strategic directions", "Regulations on ...", "industrialisation map": names only with their markers. */
function nameOnlyHeadOk(head: string, lowers: readonly string[], from: number, i: number, after: number, complement: boolean): boolean {
  const pre = lowers.slice(from, i);
  if (head === 'directions' || head === 'guidelines') return pre.includes('strategic');
  if (head === 'regulations' || head === 'regulation') return complement && lowers[after] === 'on';
  if (head === 'map' || head === 'maps') return pre.some((w) => /industriali[sz]ation|road/.test(w)) || (complement && /^industriali[sz]ation$|^agro/.test(lowers[after + 1] ?? ''));
  return complement || pre.length > 0;
}

/** Index of the closing quote after `k`, or -1. */
function findClose(toks: readonly Token[], k: number, max: number): number {
  for (let j = k; j < toks.length && j < k + max; j++) if (/^["»”]$/.test(toks[j]!.text)) return j;
  return -1;
}

/** Where the complement starting at token `k` ends (exclusive). */
function complementEnd(toks: readonly Token[], lowers: readonly string[], k: number, russian: boolean, capitalName: boolean): number {
  let end = k;
  let j = k;
  for (; j < toks.length && j - k < MAX_NAME_TOKENS; j++) {
    const t = toks[j]!;
    const w = lowers[j]!;
    if (!t.word) {
      if (t.text === ',' && (SECTOR_WORDS.has(lowers[j + 1] ?? '') || (lowers[j + 1] === 'and' && SECTOR_WORDS.has(lowers[j + 2] ?? '')))) continue;
      // "Belarus' presidency": a possessive apostrophe.
      if (/^['’]$/.test(t.text) && /s$/.test(lowers[j - 1] ?? '') && toks[j + 1]?.word) continue;
      if (t.text === '/' && toks[j + 1]?.word) continue;
      // "(laundering)": a short gloss in brackets inside a name.
      if (t.text === '(' && !russian) {
        let c = j + 1;
        while (c < toks.length && c - j <= 4 && toks[c]!.word && /^\p{Ll}/u.test(toks[c]!.text)) c++;
        if (c > j + 1 && toks[c]?.text === ')' && toks[c + 1]?.word) {
          j = c;
          continue;
        }
      }
      if ((t.text === '-' || t.text === '–') && YEAR_RE.test(lowers[j - 1] ?? '') && YEAR_RE.test(lowers[j + 1] ?? '')) continue;
      break;
    }
    if (YEAR_RE.test(w) || YEAR_RANGE_RE.test(w)) {
      if (!YEAR_LEAD.has(lowers[j - 1] ?? '') && !(lowers[j - 1] === 'period')) break;
      // "signed ... in 2020" dates the document; "cooperation in 2021-2022" is its span.
      if ((lowers[j - 1] === 'in' || lowers[j - 1] === 'в') && YEAR_RE.test(w)) {
        end = Math.min(end, j - 1);
        break;
      }
      end = j + 1;
      if (/^(?:годы|года|год|гг|г)$/.test(lowers[j + 1] ?? '')) {
        j++;
        end = j + 1;
      }
      continue;
    }
    // A quantity inside a name ("supply of 100 buses") does not end it; a bare number does.
    if (/^\d/.test(w) && !(toks[j + 1]?.word && !/^\d/.test(toks[j + 1]!.text))) break;
    // "in September", "в марте": a date after the name, not part of it.
    if ((w === 'in' || w === 'on' || w === 'since' || w === 'в' || w === 'с') && MONTH_RE.test(lowers[j + 1] ?? '')) break;
    if (russian) {
      if (RU_TITLE_STOP.has(w) || (RU_VERB_RE.test(w) && j > k)) break;
      if (w === 'и' && !continuesName(toks, lowers, j, russian)) break;
    } else {
      if (EN_TITLE_STOP.has(w)) break;
      if ((w === 'and' || w === 'or') && !continuesName(toks, lowers, j, russian)) break;
      // In a capitalised name, "and" joins capitalised words: "Treaty on the EEU and national legislation" ends at "EEU".
      if ((w === 'and' || w === 'or') && capitalName && /^\p{Ll}/u.test(toks[j + 1]?.text ?? '') && !SECTOR_WORDS.has(lowers[j + 1] ?? '')) break;
      // A past participle after a noun ends the name: "the plan adopted", "agreements reached".
      if (j > k && /^\p{Ll}+ed$/u.test(t.text) && !/^(?:united|related|advanced|based|integrated|specialized|specialised|unified|combined|coordinated|detailed|selected|developed)$/.test(w)) break;
    }
    end = j + 1;
  }
  // No dangling function words at the end.
  while (end > k && /^(?:of|on|for|in|to|and|or|the|a|an|between|among|about|и|в|на|по|о|об|между|для|до)$/.test(lowers[end - 1]!)) end--;
  return end;
}

/**
 * Does "and" at `j` join parts of one name ("Trade and Economic Cooperation") rather than start
 * another ("the Concept ... and Plan of Measures", "and on professional development", "and was signed")?
 */
function continuesName(toks: readonly Token[], lowers: readonly string[], j: number, russian: boolean): boolean {
  const next = toks[j + 1];
  if (!next || !next.word) return false;
  const w = lowers[j + 1]!;
  if (documentHeadAt(lowers, j + 1)) return false;
  if (russian) return !RU_VERB_RE.test(w) && !RU_TITLE_STOP.has(w);
  if (DETERMINERS.has(w) || EN_TITLE_STOP.has(w) || EN_ANAPHORIC.has(w) || SIGN_VERB_RE.test(w)) return false;
  if (EN_COMPLEMENT_PREPS.has(w)) return false; // "and on ..." starts a sibling document
  if (/^\d/.test(w)) return false;
  // "and the ...": a determiner then a head is another document.
  return !(DETERMINERS.has(w) && documentHeadAt(lowers, j + 2));
}
