/**
 * What a count in this field counts: documents, organisations, places, meetings, parts of a
 * programme, people. Goods (tractors, buses, tonnes, units of machinery) are quantities of a
 * project, and time units (years, months) are durations: neither is in here.
 */

/** English heads, plural (and a few that count in the singular after "one"). Lower case. */
const EN_HEADS = [
  // documents
  'agreements', 'documents', 'contracts', 'treaties', 'acts', 'memoranda', 'memorandums', 'protocols', 'conventions',
  'declarations', 'programmes', 'programs', 'roadmaps', 'decisions', 'resolutions', 'amendments', 'regulations', 'deals',
  'accords', 'laws', 'agreement', 'document', 'contract',
  // organisations and their outlets
  'enterprises', 'companies', 'firms', 'businesses', 'organizations', 'organisations', 'institutions', 'universities',
  'ventures', 'entities', 'offices', 'branches', 'dealers', 'distributors', 'producers', 'manufacturers', 'exporters',
  'importers', 'facilities', 'factories', 'centres', 'centers', 'houses', 'shops', 'stores', 'banks', 'schools', 'colleges',
  'founders', 'members', 'subjects', 'networks', 'clusters', 'parks', 'zones', 'platforms',
  // places
  'regions', 'districts', 'cities', 'towns', 'municipalities', 'countries', 'states', 'economies', 'provinces', 'oblasts',
  'territories', 'republics', 'nations', 'settlements', 'villages',
  // meetings and events
  'meetings', 'events', 'forums', 'fora', 'sessions', 'conferences', 'exhibitions', 'fairs', 'visits', 'summits', 'seminars',
  'rounds', 'negotiations', 'talks', 'festivals', 'missions', 'trips',
  // parts of a programme
  'areas', 'sections', 'sectors', 'directions', 'objectives', 'goals', 'tasks', 'priorities', 'measures', 'mechanisms',
  'activities', 'items', 'blocks', 'projects', 'initiatives', 'proposals', 'provisions', 'lines', 'positions', 'spheres',
  'fields', 'industries', 'branches', 'topics', 'issues', 'chapters', 'articles', 'points', 'stages', 'instruments',
  // people
  'participants', 'delegations', 'delegates', 'students', 'people', 'persons', 'attendees', 'visitors', 'guests',
  'specialists', 'experts', 'representatives', 'governors', 'rectors', 'mayors', 'heads', 'scientists', 'teachers',
  'workers', 'employees', 'entrepreneurs', 'exhibitors', 'investors', 'partners', 'graduates',
];

/** Heads that count only with a modifier saying they are works, not goods: "assembly plants", not "water treatment plants". */
const EN_QUALIFIED_HEADS = new Map<string, RegExp>([
  ['plants', /^(?:assembly|joint|production|manufacturing|industrial|processing|car|tractor|automobile|new)$/],
  ['plant', /^(?:assembly|joint)$/],
  ['lines', /^(?:tariff|production|assembly|commodity|product)$/],
  ['houses', /^(?:trading|trade)$/],
  ['offices', /^(?:representative|sales|regional|trade|branch)$/],
  ['subjects', /^(?:federal|economic)$/],
  ['heads', /^(?:state)$/],
  ['fields', /^(?:key|priority|main|promising)$/],
  ['points', /^(?:key|main|border|checkpoint|crossing)$/],
  ['issues', /^(?:key|main|priority|topical)$/],
  ['parks', /^(?:industrial|technology|science|technological)$/],
  ['zones', /^(?:economic|free|special|industrial|trade)$/],
  ['networks', /^(?:distribution|dealer|trade|retail)$/],
  ['articles', /^(?:new|additional)$/],
]);

const EN_HEAD_SET = new Set(EN_HEADS);

/**
 * True when `word` (lower case) is the head of a countable phrase in English; `prev` is the
 * word before it inside the phrase (lower case, or '' when the head comes first).
 */
export function isCountableHeadEn(word: string, prev: string, after = ''): boolean {
  const qualified = EN_QUALIFIED_HEADS.get(word);
  if (qualified) return qualified.test(prev) || (QUALIFIED_BY_COMPLEMENT[word]?.test(after) ?? false);
  return EN_HEAD_SET.has(word);
}

/** Qualified heads may also be told by what follows: "subjects of the distribution network". */
const QUALIFIED_BY_COMPLEMENT: Record<string, RegExp> = {
  subjects: /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:network|federation|economy|market)/u,
  offices: /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:companies|enterprises|firms|producers|manufacturers)/u,
};

/**
 * Russian stems: the head after a numeral is in the genitive (plural after 5+, singular after
 * 2-4) or the nominative after 1, so a stem and a short ending cover it.
 */
const RU_STEMS = [
  'соглашени', 'договор', 'контракт', 'документ', 'меморандум', 'протокол', 'программ', 'проект', 'конвенци', 'акт',
  'решени', 'поправ', 'предприяти', 'компани', 'организаци', 'фирм', 'производств', 'завод', 'фабрик', 'учреждени', 'вуз',
  'университет', 'институт', 'колледж', 'центр', 'представительств', 'филиал', 'дилер', 'дистрибьютор', 'магазин', 'банк',
  'субъект', 'регион', 'област', 'район', 'город', 'муниципалитет', 'стран', 'государств', 'республик', 'край', 'кра',
  'встреч', 'мероприяти', 'форум', 'заседани', 'сесси', 'выставк', 'ярмарк', 'визит', 'переговор', 'конференци', 'семинар',
  'саммит', 'миссий', 'мисси', 'направлени', 'сфер', 'отрасл', 'сектор', 'раздел', 'цел', 'задач', 'приоритет', 'мер',
  'механизм', 'позици', 'инициатив', 'площадк', 'объект', 'участник', 'делегаци', 'студент', 'человек', 'губернатор',
  'ректор', 'специалист', 'эксперт', 'представител', 'экспонент', 'инвестор', 'партнер', 'партнёр', 'глав', 'мэр',
  'выпускник', 'учен', 'преподавател', 'сотрудник', 'работник', 'предпринимател', 'дом', 'кластер', 'парк', 'зон',
];

/** Stems longest first so "представительств" wins over "представител". */
const RU_HEAD_RE = new RegExp(`^(?:${[...RU_STEMS].sort((a, b) => b.length - a.length).join('|')})\\p{L}{0,4}$`, 'u');
/** Words that share a stem above but are not countable heads. */
const RU_FALSE_HEADS = /^(?:целом|цел(?:ый|ая|ое|ые|ого|ых)|актив\p{L}*|страниц\p{L}*|целях|цели?ком|мерно|мерой|домой|дома?шн\p{L}*|глав(?:ное|ным|ная|ный)|акту\p{L}*|кра[йя]не|краю?|объем\p{L}*|государственн\p{L}*|странно\p{L}*|центральн\p{L}*|отраслев\p{L}*|регионал\p{L}*|районн\p{L}*|городск\p{L}*|программн\p{L}*|проектн\p{L}*|документальн\p{L}*|банковск\p{L}*)$/u;

/** Russian goods and shared goods-like heads that need a works modifier ("сборочных производств"). */
export function isCountableHeadRu(word: string): boolean {
  return RU_HEAD_RE.test(word) && !RU_FALSE_HEADS.test(word);
}

/** A Russian adjective or participle form (the modifiers between a numeral and its head). */
const RU_ADJECTIVE_RE = /^\p{L}+(?:ых|их|ые|ие|ой|ей|ий|ый|ая|яя|ое|ее|ого|его|ому|ему|ом|ем|ую|юю|ыми|ими)$/u;
export function isRussianModifier(word: string): boolean {
  return RU_ADJECTIVE_RE.test(word) && !isCountableHeadRu(word);
}

/**
 * Words that may stand between a numeral and its head in English: adjectives and noun
 * modifiers are open classes, so this lists what may NOT (function words, verbs, units).
 */
export const EN_PHRASE_BREAKERS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'between', 'among', 'per', 'than', 'as', 'into', 'over',
  'under', 'out', 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'not', 'it', 'its', 'they', 'their', 'them', 'we', 'our', 'you', 'he', 'she',
  'his', 'her', 'there', 'here', 'when', 'where', 'while', 'if', 'so', 'up', 'down', 'also', 'already', 'only', 'just',
  'years', 'year', 'months', 'month', 'days', 'day', 'weeks', 'week', 'hours', 'times', 'percent', 'per', 'cent',
  'tonnes', 'tons', 'units', 'pieces', 'kilometres', 'kilometers', 'km', 'hectares', 'ha',
]);

/** Time and measure units in Russian: a numeral followed by one of these is no count. */
export const RU_UNIT_RE = /^(?:лет|год\p{L}*|месяц\p{L}*|дн\p{L}*|дней|недел\p{L}*|час\p{L}*|раз|раза|процент\p{L}*|тонн\p{L}*|т|км|га|штук\p{L}*|единиц\p{L}*|рубл\p{L}*|доллар\p{L}*|евро)$/u;
