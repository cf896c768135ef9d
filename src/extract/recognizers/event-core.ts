/**
 * The words of an event's name that tell one event from another of its family: "Forum of
 * Regions" vs "forum of interregional cooperation". Heads, ordinals, months, articles and
 * prepositions say nothing about which event it is; the rest is cut to a 5-letter stem so
 * "regions"/"regional" and "регионов"/"регионы" meet.
 */
import { ordinalValue, tokenizeWords } from './event-tokens.ts';

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
    for (const w of t.lower.split(/[^\p{L}\p{N}]+/u)) {
      if (!w || STOP.has(w) || /^\d/.test(w) || MONTH_RE.test(w)) continue;
      if (/^(?:[ivxl]+|\d+(?:st|nd|rd|th))$/.test(w) || ordinalValue({ ...t, text: w, lower: w }) !== null) continue;
      out.add(w.length > 5 ? w.slice(0, 5) : w);
    }
  }
  return out;
}
