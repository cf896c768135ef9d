/**
 * Is a bare four-digit number a year? "in 2008", "(2006)", "the 2006 Treaty" are years;
 * "2,000 tonnes", "$2019", "2019 units", "about 2000 enterprises" are not. The decision reads
 * a few characters on each side only.
 */
import type { LeftContext } from './context.ts';

/** Nouns that follow counts, not years. */
const UNIT_WORDS = new Set(`
tonnes tons ton t kg kilograms km kilometres kilometers m metres meters sq square cubic hectares ha
litres liters barrels units unit pieces pcs items people persons person residents inhabitants workers
employees jobs workplaces students pupils children participants delegates visitors tourists guests
enterprises companies firms organizations organisations businesses entities facilities plants factories
farms shops stores outlets projects contracts agreements documents events vehicles cars trucks lorries
tractors buses machines combines harvesters wagons containers flights beds places seats copies times
dollars usd euros eur rubles roubles rub byn tenge som manat million billion thousand mln bn mn
thousands millions hundred percent households apartments flats houses homes cattle heads hectare
mw kw gw kwh mwh megawatts specialists doctors teachers schools members kilowatts tonnes/year
т тонн тонны тонна тыс млн млрд кг км м га гектаров гектара шт штук штуки единиц единицы человек чел
жителей рабочих работников сотрудников мест студентов учащихся детей участников предприятий
предприятия компаний организаций фирм хозяйств объектов проектов контрактов соглашений договоров
документов автомобилей машин тракторов автобусов комбайнов вагонов контейнеров рейсов долларов
доллара рублей рубля евро тенге сомов раз раза процентов процента голов квартир домов туристов
гостей посетителей специалистов врачей учителей школ членов
`.split(/\s+/).filter(Boolean));

/** Words after which "by 2025 ..." or "до 2030 ..." still reads as a year. */
const FUNCTION_WORDS = new Set(`
the a an and or but as when while which who that this these those it its we they he she there their our
will would should must can could may might shall is are was were has have had be been to in on at for
with from by of after before under within amid against compared versus vs inclusive respectively also
already only year years onwards onward
и а но или что как когда где в во на с со по при для из у о об от к это этот эта эти мы они он она его
их будет будут был была было были должен должна должно должны планируется включительно также уже тоже
`.split(/\s+/).filter(Boolean));

const MONEY_BEFORE = /(?:[$€£¥₽]|US\$?|USD|EUR|RUB|BYN|BYR|KZT|руб\.?|долл\.?)\s?$/iu;
const NUMBER_BEFORE = /(?:\d[.,]|[№#]\s?|(?<!\p{L})(?:No|pp?|С|стр)\.\s?)$/u;
const QUANTITY_BEFORE = new RegExp(
  '(?<!\\p{L})(?:about|around|approximately|approx\\.|nearly|almost|some|over|more\\s+than|less\\s+than' +
  '|fewer\\s+than|at\\s+least|up\\s+to|около|более|свыше|почти|примерно|порядка|менее|не\\s+менее' +
  '|не\\s+более|до|от|по)\\s{1,3}$', 'iu',
);
const CHANGE_AFTER = /^\s?(?:%|-?fold|times|per\s?cent|percent|процент|раз(?:а)?(?!\p{L}))/iu;
const YEAR_LIST_BEFORE =
  /(?:1[89]|20)\d\d(?:\s{0,3}(?:г\.|гг\.|год\p{L}*))?\s{0,3}(?:,|and|or|и|или|&)\s{1,3}$/iu;
const DETERMINER_BEFORE = /(?<!\p{L})(?:the|its|their|this|that|a)\s{1,3}$/iu;
/** "Digital Almaty Forum 2021", "Strategy 2025": a year closing a name. */
const NAME_BEFORE = /(?<!\p{L})\p{Lu}\p{Ll}+\s$/u;
const OPENING_BEFORE = /(?:^|[.!?]\s{1,3}|\n\s{0,3}|["«“(\[]\s?)$/u;

export interface YearEvidence {
  /** "2019 года", "2019 г.", "2019-м". */
  marker: boolean;
  /** One end of "2017-2020". */
  inRange: boolean;
  left: LeftContext;
}

/** True when text[start, end) (four digits) reads as a year, not as a quantity. */
export function isYearNumber(text: string, start: number, end: number, ev: YearEvidence): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 40);
  if (MONEY_BEFORE.test(before) || NUMBER_BEFORE.test(before)) return false;
  // "2019.5", "2,019", "1990s", "2019%", "2019-fold".
  if (/^(?:[.,]\d|\p{L})/u.test(after) || CHANGE_AFTER.test(after)) return false;
  const next = /^\s{1,3}(\p{L}[\p{L}.'’-]*)/u.exec(after);
  const nextWord = next?.[1].replace(/[.'’-]+$/, '');
  if (nextWord && UNIT_WORDS.has(nextWord.toLowerCase())) return false;

  if (ev.marker || ev.inRange) return true;
  const { left } = ev;
  if (left.modifier) return true;
  if (left.role && !left.weak) return true;
  const closes = /^(?:\s{0,3}(?:[,.;:!?)\]»"”]|$)|\s[-–—]\s)/u.test(after);
  const friendly = nextWord !== undefined &&
    (FUNCTION_WORDS.has(nextWord.toLowerCase()) || /^\p{Lu}/u.test(nextWord));
  if (left.role) return closes || friendly;

  const wide = text.slice(Math.max(0, start - 24), start);
  if (QUANTITY_BEFORE.test(wide)) return false;
  if (/[(\[]\s?$/.test(before)) return true;
  if (YEAR_LIST_BEFORE.test(wide)) return true;
  if (DETERMINER_BEFORE.test(before) || NAME_BEFORE.test(before)) return true;
  if (closes) return true;
  return OPENING_BEFORE.test(before);
}
