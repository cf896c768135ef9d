/**
 * The words of a briefing in English and Russian: headings, column labels, statuses and kinds.
 * Numbers and dates are formatted by Intl (format.ts), not here.
 */
import type { PlanStatus } from '../monitor/plans.ts';
import type { TargetStatus } from '../monitor/targets.ts';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export interface Messages {
  locale: string;
  briefing: string;
  stateOfCooperation: (party: string, partner: string | null) => string;
  asOf: (day: string) => string;
  since: (year: number) => string;
  preparedBy: (sources: number) => string;
  contents: string;
  sections: {
    glance: string; targets: string; trade: string; documents: string; events: string; projects: string;
    counts: string; coverage: string; about: string; sources: string;
  };
  glance: {
    documents: string; plans: string; events: string; projects: string; targets: string; figures: string; counts: string; sources: string;
  };
  sub: { targets: string; plans: string; otherDocuments: string; states: string; pairs: string; dormant: string; underCovered: string };
  col: {
    parties: string; goal: string; deadline: string; status: string; latest: string; basis: string; sources: string;
    title: string; kind: string; date: string; validity: string; ends: string; name: string; place: string;
    subject: string; amount: string; value: string; period: string; change: string; state: string; pair: string;
    documents: string; events: string; projects: string; figures: string; regions: string; lastActivity: string; lastReported: string; type: string;
  };
  none: string;
  nothingFor: string;
  targetStatus: Record<TargetStatus, string>;
  planStatus: Record<PlanStatus, string>;
  dormant: string;
  renewedBy: (title: string) => string;
  achievedIn: (period: string) => string;
  projected: (value: string, year: number) => string;
  relativeGoal: (multiplier: number, base: string | null, period: string | null) => string;
  conflict: string;
  sourcesCount: (n: number) => string;
  chartCaption: string;
  plansLabel: string;
  reported: (day: string) => string;
  lastActive: (day: string) => string;
  chartNote: string;
  targetLine: (goal: string, by: string | null) => string;
  actual: string;
  projection: string;
  indicator: Record<string, string>;
  documentKind: Record<string, string>;
  eventKind: Record<string, string>;
  projectKind: Record<string, string>;
  recordType: Record<string, string>;
  qualifier: Record<string, string>;
  quarter: (q: number, year: string) => string;
  half: (h: number, year: string) => string;
  page: string;
  of: string;
  about: string[];
  rules: { dormant: string; underCovered: string };
  regionsOf: (withDocuments: number, total: number) => string;
  footnoteSeparator: string;
  undated: string;
}

const en: Messages = {
  locale: 'en-GB',
  briefing: 'Briefing',
  stateOfCooperation: (party, partner) => (partner ? `Cooperation of ${party} with ${partner}` : `Cooperation of ${party}`),
  asOf: (day) => `State as of ${day}`,
  since: (year) => `from ${year}`,
  preparedBy: (n) => `Prepared by Integration Monitor from ${n} source${n === 1 ? '' : 's'}. Every statement is footnoted to the sources it rests on.`,
  contents: 'Contents',
  sections: {
    glance: 'At a glance', targets: 'Trade and targets', trade: 'Trade figures', documents: 'Documents and plans', events: 'Events',
    projects: 'Projects', counts: 'Stated counts', coverage: 'Coverage and gaps', about: 'About this briefing', sources: 'Sources',
  },
  glance: {
    documents: 'documents', plans: 'plans in force', events: 'events', projects: 'projects', targets: 'targets',
    figures: 'trade figures', counts: 'stated counts', sources: 'sources cited',
  },
  sub: {
    targets: 'Targets', plans: 'Plans and programmes with validity periods', otherDocuments: 'Other documents', states: 'States',
    pairs: 'Ties', dormant: 'Dormant ties', underCovered: 'Under-covered records (the media gap)',
  },
  col: {
    parties: 'Parties', goal: 'Goal', deadline: 'By', status: 'Status', latest: 'Latest figure', basis: 'Basis', sources: 'Sources',
    title: 'Title', kind: 'Kind', date: 'Date', validity: 'Valid', ends: 'Ends', name: 'Event', place: 'Place',
    subject: 'Subject', amount: 'Quantity / value', value: 'Value', period: 'Period', change: 'Change', state: 'State', pair: 'Tie',
    documents: 'Documents', events: 'Events', projects: 'Projects', figures: 'Figures', regions: 'Regions with documents',
    lastActivity: 'Last activity', lastReported: 'Last reported', type: 'Type',
  },
  none: 'None recorded.',
  nothingFor: 'The knowledge base holds nothing on this yet.',
  targetStatus: { achieved: 'Achieved', on_track: 'On track', behind: 'Behind', missed: 'Missed', unknown: 'Unknown' },
  planStatus: { active: 'Active', expiring: 'Expiring', expired: 'Expired', renewed: 'Renewed' },
  dormant: 'Dormant',
  renewedBy: (title) => `renewed by ${title}`,
  achievedIn: (period) => `reached in ${period}`,
  projected: (value, year) => `projected ${value} in ${year}`,
  relativeGoal: (m, base, period) => `×${m}${base ? ` of ${base}${period ? ` (${period})` : ''}` : ''}`,
  conflict: 'sources disagree',
  sourcesCount: (n) => `${n} source${n === 1 ? '' : 's'}`,
  chartCaption: 'Annual figures with targets',
  plansLabel: 'Plans',
  reported: (day) => `reported ${day}`,
  lastActive: (day) => `last activity ${day}`,
  chartNote: 'Whole-year figures only; part-year figures are in the table.',
  targetLine: (goal, by) => `Target ${goal}${by ? ` by ${by}` : ''}`,
  actual: 'Reported',
  projection: 'Projection (linear trend)',
  indicator: {
    turnover: 'Trade turnover', mutual_trade: 'Mutual trade', exports: 'Exports', imports: 'Imports', production: 'Production', other: 'Other indicator',
  },
  documentKind: {
    convention: 'convention', concept: 'concept', agreement: 'agreement', treaty: 'treaty', programme: 'programme', strategy: 'strategy',
    roadmap: 'roadmap', plan: 'plan', memorandum: 'memorandum', protocol: 'protocol', declaration: 'declaration', contract: 'contract', other: 'document',
  },
  eventKind: {
    forum: 'forum', commission_meeting: 'commission meeting', summit: 'summit', council_meeting: 'council meeting', exhibition: 'exhibition',
    business_council: 'business council', visit: 'visit', talks: 'talks', conference: 'conference', other: 'event',
  },
  projectKind: {
    joint_venture: 'joint venture', assembly_plant: 'assembly plant', supply: 'supply', dealership: 'dealership', trading_house: 'trading house',
    production: 'production', construction: 'construction', education: 'education', research: 'research', other: 'project',
  },
  recordType: { document: 'document', event: 'event', project: 'project', observation: 'trade figure', target: 'target', count: 'count' },
  qualifier: { exact: '', over: 'over', about: 'about', under: 'under' },
  quarter: (q, year) => `Q${q} ${year}`,
  half: (h, year) => `H${h} ${year}`,
  page: 'Page',
  of: 'of',
  about: [
    'This briefing is assembled from the Integration Monitor knowledge base: facts extracted from the texts listed under Sources, '
      + 'consolidated into records (the same agreement, event or figure reported by several sources is one record).',
    'Targets are judged against the trade figures of the same sides and indicator: achieved (a figure for the deadline year or earlier reached the goal), '
      + 'on track or behind (by a linear trend of the annual figures, stated with each target), missed (the deadline passed without reaching it), '
      + 'unknown (no figures to judge by).',
    'Plans are active, expiring (ending within six months), expired, or renewed (a later document of the same kind for the same sides).',
    'Figures are as the sources state them; where sources disagree, the first reported value is shown and marked.',
  ],
  rules: {
    dormant: 'Ties with no document, event, project or report for 24 months.',
    underCovered: 'Records active or reported in the last 12 months with one independent source or none.',
  },
  regionsOf: (w, t) => `${w} of ${t}`,
  footnoteSeparator: ', ',
  undated: 'undated',
};

const ru: Messages = {
  locale: 'ru-RU',
  briefing: 'Справка',
  stateOfCooperation: (party, partner) => (partner ? `Сотрудничество: ${party} — ${partner}` : `Сотрудничество: ${party}`),
  asOf: (day) => `По состоянию на ${day}`,
  since: (year) => `с ${year} года`,
  preparedBy: (n) => `Подготовлено Integration Monitor по ${n} источникам. Каждое утверждение снабжено сноской на источники.`,
  contents: 'Содержание',
  sections: {
    glance: 'Основное', targets: 'Торговля и целевые показатели', trade: 'Данные о торговле', documents: 'Документы и планы', events: 'Мероприятия',
    projects: 'Проекты', counts: 'Количественные данные', coverage: 'Освещённость и пробелы', about: 'О справке', sources: 'Источники',
  },
  glance: {
    documents: 'документы', plans: 'действующие планы', events: 'мероприятия', projects: 'проекты', targets: 'целевые показатели',
    figures: 'данные о торговле', counts: 'количественные данные', sources: 'источники',
  },
  sub: {
    targets: 'Целевые показатели', plans: 'Планы и программы со сроком действия', otherDocuments: 'Прочие документы', states: 'Государства',
    pairs: 'Связи', dormant: 'Неактивные связи', underCovered: 'Слабо освещённые записи',
  },
  col: {
    parties: 'Стороны', goal: 'Цель', deadline: 'Срок', status: 'Статус', latest: 'Последнее значение', basis: 'Основание', sources: 'Источники',
    title: 'Название', kind: 'Вид', date: 'Дата', validity: 'Срок действия', ends: 'Окончание', name: 'Мероприятие', place: 'Место',
    subject: 'Предмет', amount: 'Объём / стоимость', value: 'Значение', period: 'Период', change: 'Изменение', state: 'Государство', pair: 'Связь',
    documents: 'Документы', events: 'Мероприятия', projects: 'Проекты', figures: 'Показатели', regions: 'Регионы с документами',
    lastActivity: 'Последняя активность', lastReported: 'Последнее сообщение', type: 'Тип',
  },
  none: 'Нет данных.',
  nothingFor: 'В базе знаний пока нет данных.',
  targetStatus: { achieved: 'Достигнута', on_track: 'По плану', behind: 'Отставание', missed: 'Не достигнута', unknown: 'Нет данных' },
  planStatus: { active: 'Действует', expiring: 'Истекает', expired: 'Истёк', renewed: 'Продлён' },
  dormant: 'Неактивна',
  renewedBy: (title) => `продлён: ${title}`,
  achievedIn: (period) => `достигнута: ${period}`,
  projected: (value, year) => `прогноз ${value} в ${year} г.`,
  relativeGoal: (m, base, period) => `×${m}${base ? ` от ${base}${period ? ` (${period})` : ''}` : ''}`,
  conflict: 'источники расходятся',
  sourcesCount: (n) => {
    const form = new Intl.PluralRules('ru-RU').select(n);
    return `${n} ${form === 'one' ? 'источник' : form === 'few' ? 'источника' : 'источников'}`;
  },
  chartCaption: 'Годовые значения и целевые показатели',
  plansLabel: 'Планы',
  reported: (day) => `сообщено ${day}`,
  lastActive: (day) => `последняя активность ${day}`,
  chartNote: 'Только данные за полный год; данные за часть года приведены в таблице.',
  targetLine: (goal, by) => `Цель ${goal}${by ? ` к ${by} г.` : ''}`,
  actual: 'Фактически',
  projection: 'Прогноз (линейный тренд)',
  indicator: {
    turnover: 'Товарооборот', mutual_trade: 'Взаимная торговля', exports: 'Экспорт', imports: 'Импорт', production: 'Производство', other: 'Иной показатель',
  },
  documentKind: {
    convention: 'конвенция', concept: 'концепция', agreement: 'соглашение', treaty: 'договор', programme: 'программа', strategy: 'стратегия',
    roadmap: 'дорожная карта', plan: 'план', memorandum: 'меморандум', protocol: 'протокол', declaration: 'декларация', contract: 'контракт', other: 'документ',
  },
  eventKind: {
    forum: 'форум', commission_meeting: 'заседание комиссии', summit: 'саммит', council_meeting: 'заседание совета', exhibition: 'выставка',
    business_council: 'деловой совет', visit: 'визит', talks: 'переговоры', conference: 'конференция', other: 'мероприятие',
  },
  projectKind: {
    joint_venture: 'совместное предприятие', assembly_plant: 'сборочное производство', supply: 'поставки', dealership: 'дилерский центр',
    trading_house: 'торговый дом', production: 'производство', construction: 'строительство', education: 'образование', research: 'исследования', other: 'проект',
  },
  recordType: { document: 'документ', event: 'мероприятие', project: 'проект', observation: 'показатель', target: 'цель', count: 'количество' },
  qualifier: { exact: '', over: 'более', about: 'около', under: 'менее' },
  quarter: (q, year) => `${['I', 'II', 'III', 'IV'][q - 1]} кв. ${year} г.`,
  half: (h, year) => `${h}-е полугодие ${year} г.`,
  page: 'Стр.',
  of: 'из',
  about: [
    'Справка составлена по базе знаний Integration Monitor: факты извлечены из текстов, перечисленных в разделе «Источники», '
      + 'и сведены в записи (одно и то же соглашение, мероприятие или значение из нескольких источников — одна запись).',
    'Целевые показатели сопоставлены с данными о торговле тех же сторон: «достигнута» (значение за год срока или раньше достигло цели), '
      + '«по плану» или «отставание» (по линейному тренду годовых значений), «не достигнута» (срок прошёл), «нет данных» (нечем судить).',
    'Планы: «действует», «истекает» (в ближайшие шесть месяцев), «истёк», «продлён» (есть более поздний документ того же вида для тех же сторон).',
    'Значения приведены так, как их дают источники; при расхождении показано первое сообщённое значение с пометкой.',
  ],
  rules: {
    dormant: 'Связи без документов, мероприятий, проектов и сообщений в течение 24 месяцев.',
    underCovered: 'Записи последних 12 месяцев, подтверждённые одним независимым источником или ни одним.',
  },
  regionsOf: (w, t) => `${w} из ${t}`,
  footnoteSeparator: ', ',
  undated: 'без даты',
};

const TABLE: Record<Lang, Messages> = { en, ru };

export const messagesFor = (lang: Lang): Messages => TABLE[lang];
