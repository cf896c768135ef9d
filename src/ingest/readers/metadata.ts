import type { Language } from '../../domain/source.ts';

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Stems of Russian month names in any case form ("июня", "мая", "сентябрь"). */
const RU_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма[йяе]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:$|\s)/;
const D_MON_Y = new RegExp(`(?:^|[\\s,])(\\d{1,2})\\s+(${EN_MONTHS.join('|')})[a-z]*\\.?,?\\s+(\\d{4})`, 'i');
const MON_D_Y = new RegExp(`(?:^|[\\s,])(${EN_MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i');
const MON_Y = new RegExp(`^(${EN_MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{4})$`, 'i');
const RU_D_MON_Y = new RegExp(`(?:^|\\s)(\\d{1,2})\\s+(${RU_MONTHS.join('|')})[а-яё]*\\.?\\s+(\\d{4})`, 'i');

/**
 * A publication date as "YYYY-MM-DD", "YYYY-MM" or "YYYY", read as written: a timestamp's
 * calendar date is the one in its own time zone ("2021-06-14T01:30:00+03:00" is the 14th),
 * never shifted to UTC. Accepts ISO 8601, RFC 822 ("Mon, 14 Jun 2021 09:30:00 +0300"),
 * "June 14, 2021", "14.06.2021", "14 июня 2021", a bare year, and YAML's Date values.
 * Anything else, or an impossible date, is null.
 */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) return ymd(m[1], m[2], m[3]);
  if ((m = SLASHED.exec(s))) return ymd(m[1], m[2], m[3]);
  if ((m = DMY.exec(s))) return ymd(m[3], m[2], m[1]);
  if ((m = D_MON_Y.exec(s))) return ymd(m[3], monthOf(m[2], EN_MONTHS), m[1]);
  if ((m = MON_D_Y.exec(s))) return ymd(m[3], monthOf(m[1], EN_MONTHS), m[2]);
  if ((m = MON_Y.exec(s))) return ymd(m[2], monthOf(m[1], EN_MONTHS));
  if ((m = RU_D_MON_Y.exec(s))) return ymd(m[3], monthOf(m[2], RU_MONTHS), m[1]);
  return null;
}

function monthOf(name: string, stems: string[]): string {
  const lower = name.toLowerCase();
  const i = stems.findIndex((stem) => new RegExp(`^${stem}`).test(lower));
  return String(i + 1);
}

function ymd(y: string, mo?: string, d?: string): string | null {
  const year = Number(y);
  if (year < 1000 || year > 9999) return null;
  if (mo === undefined) return y;
  const month = Number(mo);
  if (!(month >= 1 && month <= 12)) return null;
  const mm = String(month).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!(day >= 1 && day <= daysInMonth)) return null;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

/** A declared language tag ("en-US", "ru_RU", "RU", "de") as ours; null when none is declared. */
export function normalizeLang(value: unknown): Language | null {
  if (typeof value !== 'string') return null;
  const primary = value.trim().split(/[-_\s]/)[0].toLowerCase();
  if (!primary) return null;
  if (primary === 'en' || primary === 'eng' || primary === 'english') return 'en';
  if (primary === 'ru' || primary === 'rus' || primary === 'russian') return 'ru';
  return 'other';
}

/** Trimmed text or null: the shape SourceItem wants for optional metadata. */
export function textOrNull(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return t || null;
}
