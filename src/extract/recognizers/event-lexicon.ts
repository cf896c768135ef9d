/**
 * Words of the event grammar, English and Russian: head nouns and the families they start,
 * modifiers that may stand before a head, words that end a name, and what the complement of
 * "meeting of ..." / "заседание ..." says about the kind of meeting.
 */
import type { EventKind } from '../../domain/fact.ts';

/**
 * A family groups heads that can name the same event: "the summit" and "the meeting of the
 * Council of Heads of State"; "meeting" is the open family that joins any meeting.
 */
export type EventFamily =
  | 'forum' | 'summit' | 'council' | 'commission' | 'business_council' | 'exhibition' | 'conference'
  | 'visit' | 'talks' | 'meeting' | 'presidency' | 'establishment';

export const FAMILY_KIND: Record<EventFamily, EventKind> = {
  forum: 'forum',
  summit: 'summit',
  council: 'council_meeting',
  commission: 'commission_meeting',
  business_council: 'business_council',
  exhibition: 'exhibition',
  conference: 'conference',
  visit: 'visit',
  talks: 'talks',
  meeting: 'other',
  presidency: 'other',
  establishment: 'other',
};

/** English head nouns (lower case) -> family; plural forms are marked by `plural`. */
export const EN_HEADS: ReadonlyMap<string, { family: EventFamily | 'meeting'; plural?: boolean }> = new Map([
  ['forum', { family: 'forum' }], ['forums', { family: 'forum', plural: true }], ['fora', { family: 'forum', plural: true }],
  ['summit', { family: 'summit' }], ['summits', { family: 'summit', plural: true }],
  ['exhibition', { family: 'exhibition' }], ['exhibitions', { family: 'exhibition', plural: true }],
  ['expo', { family: 'exhibition' }], ['fair', { family: 'exhibition' }], ['fairs', { family: 'exhibition', plural: true }],
  ['exposition', { family: 'exhibition' }],
  ['conference', { family: 'conference' }], ['conferences', { family: 'conference', plural: true }],
  ['meeting', { family: 'meeting' }], ['meetings', { family: 'meeting', plural: true }],
  ['session', { family: 'meeting' }], ['sessions', { family: 'meeting', plural: true }], ['sitting', { family: 'meeting' }],
  ['talks', { family: 'talks' }], ['negotiations', { family: 'talks' }], ['negotiation', { family: 'talks' }],
  ['visit', { family: 'visit' }], ['visits', { family: 'visit', plural: true }],
  ['trip', { family: 'visit' }], ['trips', { family: 'visit', plural: true }],
]);

/**
 * Russian head stems -> family (matched at the start of the lower-case word). `starts` are what
 * every word `re` matches begins with: the words a sentence must hold to have such a head.
 */
export const RU_HEADS: readonly { re: RegExp; starts: readonly string[]; family: EventFamily | 'meeting'; plural?: RegExp }[] = [
  { re: /^форум/u, starts: ['форум'], family: 'forum', plural: /^форум(?:ы|ов|ам|ами|ах)$/u },
  { re: /^саммит/u, starts: ['саммит'], family: 'summit', plural: /^саммит(?:ы|ов|ам|ами|ах)$/u },
  { re: /^(?:выставк|выставок|ярмарк|ярмарок|экспо$)/u, starts: ['выставк', 'выставок', 'ярмарк', 'ярмарок', 'экспо'], family: 'exhibition', plural: /^(?:выставк(?:и|ам|ами|ах)|выставок|ярмарк(?:и|ам|ами|ах)|ярмарок)$/u },
  { re: /^конференц/u, starts: ['конференц'], family: 'conference', plural: /^конференци(?:й|ям|ями|ях)$/u },
  { re: /^(?:заседани|сесси)/u, starts: ['заседани', 'сесси'], family: 'meeting', plural: /^(?:заседаний|заседаниям|заседаниями|заседаниях|сессий)$/u },
  { re: /^встреч/u, starts: ['встреч'], family: 'meeting', plural: /^(?:встреч|встречи|встречам|встречами|встречах)$/u },
  { re: /^переговор/u, starts: ['переговор'], family: 'talks' },
  { re: /^визит/u, starts: ['визит'], family: 'visit', plural: /^визит(?:ы|ов|ами|ах)$/u },
  { re: /^поездк/u, starts: ['поездк'], family: 'visit', plural: /^(?:поездок|поездкам|поездками|поездках)$/u },
];

/** Modifiers that may stand before an English head and belong to the event's name. */
export const EN_LEFT_MODS = new Set([
  'joint', 'intergovernmental', 'inter-governmental', 'interregional', 'inter-regional', 'international', 'bilateral',
  'trilateral', 'multilateral', 'business', 'regular', 'annual', 'extraordinary', 'plenary', 'expanded', 'official',
  'working', 'state', 'agricultural', 'agrarian', 'economic', 'investment', 'youth', 'industrial', 'industry', 'digital',
  'regional', 'national', 'specialised', 'specialized', 'trade', 'scientific', 'scientific-practical', 'ministerial',
  'high-level', 'face-to-face', 'one-on-one', 'tete-a-tete', 'tête-à-tête', 'recent', 'jubilee', 'anniversary',
  'global', 'interparliamentary', 'inter-parliamentary', 'parliamentary', 'cross-border', 'border', 'republican',
  'universal', 'food', 'interstate', 'consultative', 'inaugural', 'founding', 'friendly', 'return', 'first-ever',
  'two-day', 'three-day', 'one-day', 'eurasian', 'online', 'virtual', 'informal', 'narrow-format', 'extended',
  'expanded-format', 'restricted-format', 'summit-level', 'governmental', 'interdepartmental', 'sectoral',
  'commission', 'council', 'forum', 'exhibition', 'fair', 'education', 'educational', 'innovation', 'tourism',
  'cultural', 'humanitarian', 'media', 'energy', 'transport', 'logistics', 'export', 'construction', 'medical',
  'partnership', 'cooperation', 'press', 'b2b', 'matchmaking', 'presentation', 'technical', 'upcoming', 'forthcoming',
]);

/** Words before a head that say it is another occurrence than the one in focus. */
export const EN_PREVIOUS = new Set(['previous', 'last', 'preceding', 'prior', 'past']);
export const EN_NEXT = new Set(['next', 'following', 'subsequent']);
export const RU_PREVIOUS_RE = /^(?:предыдущ\p{L}*|прошл(?:ый|ого|ом|ому|ая|ой|ое|ые|ых|ую)|минувш\p{L}*)$/u;
export const RU_NEXT_RE = /^(?:следующ|очередн)/u;

/** Determiners and possessives: they stop the left edge of a name and are not part of it. */
export const EN_DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'each', 'every', 'any',
  'such', 'another', 'same', 'aforementioned', 'said',
]);

/** Words that end a name on the right (verbs, clause words, prepositions of place and time). */
export const EN_RIGHT_STOP = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'held', 'hosted', 'took', 'takes', 'take', 'has', 'have', 'had', 'which', 'that', 'who', 'whom', 'where',
  'when', 'while', 'whose', 'as', 'at', 'by', 'during', 'after', 'before', 'since', 'until', 'till', 'under',
  'within', 'from', 'via', 'through', 'approved', 'adopted', 'signed', 'said', 'noted', 'discussed', 'opened',
  'focused', 'set', 'decided', 'agreed', 'became', 'saw', 'attended', 'brought', 'gathered', 'began', 'ended',
  'closed', 'started', 'continued', 'resumed', 'resumes', 'entered', 'is', 'also', 'already', 'then', 'there', 'here',
  'today', 'yesterday', 'tomorrow', 'now', 'where', 'so', 'but', 'or', 'if', 'because', 'than', 'not', 'it', 'they',
  'he', 'she', 'we', 'you', 'i', 'to', 'upon', 'including', 'like', 'such', 'about', 'over', 'amid', 'against',
  'following', 'per', 'into', 'onto', 'off', 'out', 'up', 'down', 'together', 'along',
]);

/** After these a right complement starts ("meeting *of* the commission", "talks *with* Iran"). */
export const EN_COMPLEMENT_PREPS = new Set(['of', 'on', 'for', 'between', 'with', 'among', 'among']);

export const EN_MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
export const EN_WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Russian words that end a name on the right: prepositions of place/time and clause words. */
export const RU_RIGHT_STOP = new Set([
  'в', 'во', 'на', 'у', 'к', 'ко', 'при', 'после', 'до', 'для', 'о', 'об', 'за', 'из', 'от', 'под', 'через', 'с', 'со',
  'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'котором', 'которых', 'где', 'когда', 'что', 'чтобы',
  'а', 'но', 'или', 'также', 'уже', 'ещё', 'еще', 'не', 'это', 'этот', 'эта', 'как', 'там', 'тут', 'здесь', 'сегодня',
  'вчера', 'завтра', 'будет', 'был', 'была', 'было', 'были', 'будут', 'стал', 'стала', 'стало', 'стали', 'является',
  'являлся', 'являлась', 'пройдет', 'пройдёт', 'пройдут', 'состоится', 'состоятся', 'проходит', 'проходят',
  'откроется', 'откроются', 'ним', 'ней', 'них', 'он', 'она', 'они', 'мы', 'вы', 'я', 'его', 'её', 'ее', 'их',
]);
/** Russian verb forms by ending (past, infinitive, reflexive); they end a name. */
export const RU_VERB_RE = /(?:лся|лась|лось|лись|ется|ится|ются|ятся|ться|ать|ять|ить|еть|уть|ал|ял|ил|ел|ула|ала|яла|ила|ела|али|яли|или|ели|ало|яло|ило|ело|шел|шёл|шла|шло|шли)$/u;
/** Russian nouns that look like verbs by ending but are names' words. */
export const RU_NOT_VERB = new Set(['материал', 'капитал', 'потенциал', 'персонал', 'сигнал', 'фестиваль', 'совет', 'комитет', 'кабинет', 'генерал', 'канал', 'портал', 'мемориал', 'арсенал']);

/**
 * What the complement of a meeting says about its kind, tested in order on the lower-cased
 * complement text. The first body noun decides ("the Council of the Eurasian Economic
 * Commission" is a council).
 */
export const MEETING_BODY_RES: readonly { re: RegExp; family: EventFamily }[] = [
  { re: /\bheads of state\b|(?<![\p{L}])глав государств/u, family: 'summit' },
  { re: /\bbusiness (?:cooperation )?council\b|(?<![\p{L}])делов\p{L}* совет|бизнес-совет/u, family: 'business_council' },
];
/** Body nouns whose first occurrence classifies a meeting complement. */
export const MEETING_BODY_WORDS: readonly { re: RegExp; family: EventFamily }[] = [
  { re: /^(?:commission|commissions|intergovcommission|комисси\p{L}*|межправкомисси\p{L}*)$/u, family: 'commission' },
  { re: /^(?:council|councils|committee|board|collegium|совет\p{L}*|комитет\p{L}*|коллеги\p{L}*)$/u, family: 'council' },
  { re: /^(?:group|групп\p{L}*)$/u, family: 'commission' },
];

/** A complement that names another event ("plenary session of the Third Forum"): the inner head speaks. */
export const INNER_EVENT_RE = /\b(?:forum|summit|conference|exhibition|fair)\b|(?:^|\s)(?:форум|саммит|конференц|выставк|ярмарк)/u;

/** "Council of Heads of Government", "Supreme Eurasian Economic Council": councils of leaders. */
export const LEADERS_COUNCIL_RE = /heads of (?:state|government)|supreme eurasian economic council|eurasian intergovernmental council|eurasian economic council|глав (?:государств|правительств)|высш\p{L}* евразийск\p{L}* экономическ\p{L}* совет|евразийск\p{L}* межправительственн\p{L}* совет/u;

/** Phrases of place that are no city: "online", "via videoconference". */
export const EN_ONLINE_RE = /\b(?:online|on-line|via video ?conference|by video ?conference|in (?:a |the )?video ?conference(?: format| mode)?|via video ?link|by video ?link|in (?:an |the )?online format|virtually)\b/iu;
/** Every phrase of EN_ONLINE_RE holds one of these: a clause without them is not read with it (its leading \b denies the engine a quick scan). */
export const EN_ONLINE_HINT_RE = /on(?:line|-line)|video|virtually/iu;
export const RU_ONLINE_RE = /(?:в (?:режиме|формате) (?:видеоконференц\p{L}*|онлайн|видеосвязи)|в онлайн-формате|онлайн|по видеосвязи|посредством видеосвязи)/iu;

export const EN_FUNCTION_CAPS = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'thus', 'today', 'besides', 'also', 'then', 'however', 'meanwhile', 'moreover', 'furthermore', 'during', 'after', 'before', 'since', 'while', 'when', 'this', 'that', 'these', 'those', 'it', 'its', 'as', 'for', 'with', 'by', 'from', 'and', 'but', 'or', 'so', 'there', 'here', 'according', 'among', 'between', 'both', 'all', 'some', 'other', 'another', 'every', 'each', 'such', 'within', 'under', 'over', 'last', 'next', 'following', 'previous']);

export const RU_DETERMINER_RE = /^(?:эт(?:от|а|о|и|ого|ой|ом|ому|у|их|ими)|данн\p{L}+|так(?:ой|ая|ое|ие|ого|ой)|указанн\p{L}+|тот|та|те|того|той)$/u;
