/**
 * The words of an event's name that tell one event from another of its family: "Forum of
 * Regions" vs "forum of interregional cooperation". Heads, ordinals, months, articles and
 * prepositions say nothing about which event it is; the rest is cut to a 5-letter stem so
 * "regions"/"regional" and "регионов"/"регионы" meet.
 */
import { ordinalOfWord, tokenizeWords } from './event-tokens.ts';

const STOP = new Set([
  'the', 'of', 'and', 'on', 'for', 'in', 'a', 'an', 'between', 'with', 'to', 'its', 'their', 'this', 'that',
  'meeting', 'meetings', 'session', 'sessions', 'sitting',
  'next', 'previous', 'upcoming', 'annual', 'regular', 'forthcoming', 'extraordinary', 'plenary', 'recent', 'last',
  'forum', 'forums', 'summit', 'summits', 'exhibition', 'fair', 'expo', 'conference', 'talks', 'negotiations', 'visit',
  'и', 'по', 'между', 'с', 'в', 'на',
  'заседание', 'заседания', 'заседании', 'заседанию', 'сессия', 'сессии', 'встреча', 'встречи', 'встрече',
  'форум', 'форума', 'форуме', 'форумом', 'саммит', 'саммита', 'саммите', 'выставка', 'выставки', 'выставке',
  'ярмарка', 'ярмарки', 'конференция', 'конференции', 'визит', 'визита', 'визите', 'переговоры', 'переговоров',
  'очередной', 'очередное', 'очередного', 'ежегодный', 'ежегодного',
]);
const MONTH_RE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/u;

export function coreWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenizeWords(name)) {
    if (!t.word) continue;
    if (isPlainWord(t.lower)) addCoreWord(out, t.lower);
    else for (const w of t.lower.split(/[^\p{L}\p{N}]+/u)) if (w) addCoreWord(out, w);
  }
  return out;
}

function addCoreWord(out: Set<string>, w: string): void {
  const c = w.charCodeAt(0);
  if (STOP.has(w) || (c >= 48 && c <= 57) || MONTH_RE.test(w)) return;
  if (/^(?:[ivxl]+|\d+(?:st|nd|rd|th))$/.test(w) || ordinalOfWord(w, w) !== null) return;
  out.add(w.length > 5 ? w.slice(0, 5) : w);
}

/** Made of Latin or Russian small letters and digits only: a word that splits into nothing smaller. */
function isPlainWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x430 && c <= 0x44f) || c === 0x451) continue;
    return false;
  }
  return true;
}
