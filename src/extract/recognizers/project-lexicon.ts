/**
 * Words of the project grammar, English and Russian: the triggers of each project kind and
 * how their object is read, the product and facility nouns a project is about, and the
 * generic words that make a mention a trade statement rather than a project.
 */
import type { ProjectKind } from '../../domain/fact.ts';

/**
 * How a trigger's subject is read:
 * - 'of': the noun phrase after it ("assembly of X", "supplies of X", "строительство X");
 * - 'verb': the object after an active verb, or the subject before a passive one
 *   ("delivered 15 trolleybuses", "vehicles were shipped");
 * - 'self': the trigger phrase with its name is the subject ("technology platform
 *   'Energy'", "service centre", "industrial park").
 */
export type SubjectMode = 'of' | 'verb' | 'self';

export interface ProjectTrigger {
  re: RegExp;
  kind: ProjectKind;
  mode: SubjectMode;
  /** Plural forms ("joint ventures", "assembly plants") need an actor or a number to count as a project. */
  plural?: RegExp;
  /**
   * What every match of `re` starts with (lower case, compared case-insensitively): a sentence
   * with none of them is not scanned with `re`. A leading "^" asks for a whole word ("СП").
   */
  hints: readonly string[];
}

export const EN_TRIGGERS: readonly ProjectTrigger[] = [
  { re: /\b[Jj]oint[- ][Vv]entures?\b|\bJVs?\b(?!\s+(?:\p{Lu}|["«“]))/giu, kind: 'joint_venture', mode: 'self', hints: ['joint', 'jv'], plural: /ventures|JVs/ },
  { re: /\bassembly\s+(?:production|plants?|facility|facilities|lines?|shops?|enterprises?|sites?|operations?|capacit(?:y|ies)|workshop|of|for)\b|\bassembl(?:ed|ing|e|es)\b/gi, kind: 'assembly_plant', mode: 'of', hints: ['assembl'], plural: /plants|facilities|lines|shops|enterprises|sites/ },
  { re: /\bdealer(?:ship)?\s+(?:centres?|centers?|networks?|offices?|companies|company)\b|\bdealerships?\b/gi, kind: 'dealership', mode: 'self', hints: ['dealer'], plural: /centres|centers|networks|offices|companies|dealerships/ },
  { re: /\btrad(?:ing|e) houses?\b/gi, kind: 'trading_house', mode: 'self', hints: ['trading house', 'trade house'], plural: /houses/ },
  {
    re: /\b(?:supply|supplies|supplied|supplying|deliver(?:y|ies|ed|ing|s)?|shipped|shipments?|purchas(?:e|es|ed|ing)|buy(?:ing|s)?|bought|procure(?:ment|d|s)?|installed|transfer(?:red|ring)?)\b/gi,
    kind: 'supply', mode: 'verb', hints: ['suppl', 'deliver', 'shipped', 'shipment', 'purchas', 'buy', 'bought', 'procure', 'installed', 'transfer'],
  },
  {
    re: /\b(?:production|manufacturing|manufacture)\s+(?:of|facility|facilities|plant|site|lines?|organisation|organization|project)\b|\b(?:plant|factory|facility|enterprise|complex|workshop)\s+(?:to|that will|which will)\s+(?:produce|manufacture|make|process)\b|\bplans to produce\b|\bprocessing plant\b/gi,
    kind: 'production', mode: 'of', hints: ['production', 'manufactur', 'plant', 'factory', 'facility', 'enterprise', 'complex', 'workshop', 'plans to produce', 'processing plant'],
  },
  { re: /\b[Ii]ndustrial(?: and [Tt]echnological)? [Pp]arks?\b|\b[Tt]echnoparks?\b/g, kind: 'production', mode: 'self', hints: ['industrial ', 'technopark'], plural: /parks|Parks|technoparks/ },
  { re: /\b(?:construction|building)\s+of\b|\b(?:build|builds|built|is building|are building|constructed|construct|constructing)\b/gi, kind: 'construction', mode: 'verb', hints: ['construct', 'build', 'built', 'is building', 'are building'] },
  {
    re: /\btrain(?:ing|s|ed)?\s+(?:of\s+)?(?:\w+\s+)?(?:personnel|specialists|students|staff|doctors|engineers|teachers|professionals|workers|drivers|cadres|pilots)\b|\bnetwork university\b|\bbasic (?:organi[sz]ation|university)\b|\bbasic in\b|\bjoint (?:educational |master'?s |degree |training )?programmes?\b|\bdouble[- ]degree\b/gi,
    kind: 'education', mode: 'self', hints: ['train', 'network university', 'basic ', 'joint ', 'double'],
  },
  {
    re: /\btechnolog(?:y|ical) platforms?\b|\bEurasian (?:Technology |Technological )?Platform\b|\bjoint (?:scientific(?: and technical)?|research|R&D|scientific-technical) (?:projects?|research|work|programmes?)\b|\bjoint (?:work|development) of scientists\b|\bparticipants in joint projects\b/g,
    kind: 'research', mode: 'self', hints: ['technolog', 'eurasian ', 'joint ', 'participants in joint'], plural: /platforms/,
  },
  // "the development of a highly sensitive test system": an artifact being developed is research.
  {
    re: /\bdevelopment (?:and (?:implementation|production|testing) )?of (?:a|an) (?:[\w-]+ ){0,5}(?:system|technology|vaccine|device|satellite|software|drug|medicine|material|method|complex|prototype|test)\b/gi,
    kind: 'research', mode: 'self', hints: ['development '],
  },
  { re: /\b[Jj]ointly (?:develop(?:ed|ing|s)?|design(?:ed|ing|s)?|creat(?:ed|ing|es))\b/g, kind: 'research', mode: 'verb', hints: ['jointly '] },
  { re: /\bservice(?: and technical)? (?:centres?|centers?|stations?)\b|\bshops? of \w+ products\b|\bpilot operation of\b|["“«][^"”»]{3,60}["”»] project\b|\binvestment projects?\b/gi, kind: 'other', mode: 'self', hints: ['service', 'shop', 'pilot operation', '"', '“', '«', 'investment project'], plural: /centres|centers|stations/ },
];

export const RU_TRIGGERS: readonly ProjectTrigger[] = [
  { re: /совместн\p{L}* предприяти\p{L}*|(?<![\p{L}])СП(?![\p{L}])/giu, kind: 'joint_venture', mode: 'self', hints: ['совместн', '^сп'], plural: /предприятия|предприятий|предприятиям/u },
  { re: /сборочн\p{L}* (?:производств|предприяти|завод|цех|площадк|лини|мощност)\p{L}*|сборк\p{L}*(?= )/giu, kind: 'assembly_plant', mode: 'of', hints: ['сборочн', 'сборк'], plural: /предприятия|предприятий|заводы|заводов|цеха|цехов|площадки|площадок|линии|линий/u },
  { re: /дилерск\p{L}* (?:центр|сет|пункт)\p{L}*/giu, kind: 'dealership', mode: 'self', hints: ['дилерск'], plural: /центры|центров|пункты|пунктов/u },
  { re: /торгов\p{L}* дом\p{L}*/giu, kind: 'trading_house', mode: 'self', hints: ['торгов'], plural: /дома|домов/u },
  // The verb "поставить" also sets tasks ("поставили задачу"): only with a number after it.
  {
    re: /поставк\p{L}*|постав(?:ит|ить|ил|ила|или|ят|лять|ляет|ляют|лено|лены|лен|ляем|ляли)(?![\p{L}])(?!\s+(?:перед\s+)?(?:задач|цел|вопрос|рекорд|точк|подпис|услови|под\s|в\s+известност|на\s+уч[её]т|акцент))|закуп\p{L}*|приобре\p{L}*|отгруз\p{L}*/giu,
    kind: 'supply', mode: 'verb', hints: ['постав', 'закуп', 'приобре', 'отгруз'],
  },
  { re: /(?:производств\p{L}*|выпуск\p{L}*)(?= )|(?:завод|предприяти\p{L}*|фабрик\p{L}*) по (?:производству|выпуску|переработке)|индустриальн\p{L}* парк\p{L}*|технопарк\p{L}*/giu, kind: 'production', mode: 'of', hints: ['производств', 'выпуск', 'завод', 'предприяти', 'фабрик', 'индустриальн', 'технопарк'], plural: /парки|парков/u },
  { re: /строительств\p{L}*|постро(?:ит|ить|ил|или|ят|ен|ены|ена|ено)(?![\p{L}])|возвед\p{L}*/giu, kind: 'construction', mode: 'verb', hints: ['строительств', 'постро', 'возвед'] },
  { re: /подготовк\p{L}* (?:кадров|специалистов|студентов|врачей|инженеров)|обучени\p{L}* (?:студентов|специалистов|кадров)|образовательн\p{L}* программ\p{L}*|сетев\p{L}* университет\p{L}*/giu, kind: 'education', mode: 'self', hints: ['подготовк', 'обучени', 'образовательн', 'сетев'] },
  { re: /совместн\p{L}* (?:исследовани|научн\p{L}* проект|разработк)\p{L}*|технологическ\p{L}* платформ\p{L}*/giu, kind: 'research', mode: 'self', hints: ['совместн', 'технологическ'] },
  { re: /сервисн\p{L}* (?:центр|станци)\p{L}*/giu, kind: 'other', mode: 'self', hints: ['сервисн'], plural: /центры|центров|станции|станций/u },
];

/** Production "of X" counts only with a verb of setting it up in the clause. */
export const SETUP_RE = /\b(?:set(?:ting)? up|establish\w*|launch\w*|organi[sz]\w*|open\w*|start\w*|creat\w*|locali[sz]\w*|implement\w*|project|plans?|planned|will produce|to produce|joint)\b|(?:созда|организ|налад|запуст|откры|локализ|реализ|план|совместн)/iu;

/** What a supply or construction is about when it is no project: trade flows, utilities, ties. */
export const GENERIC_SUBJECT = new Set([
  'goods', 'good', 'products', 'product', 'commodities', 'commodity', 'exports', 'export', 'imports', 'import', 'items',
  'services', 'service', 'output', 'produce', 'volume', 'volumes', 'trade', 'cooperation', 'chains', 'chain', 'needs',
  'demand', 'range', 'share', 'level', 'growth', 'market', 'markets', 'relations', 'ties', 'trust', 'capacity',
  'potential', 'bridges', 'contacts', 'partnership', 'oil', 'gas', 'electricity', 'energy', 'power', 'petroleum',
  'resources', 'raw', 'it', 'them', 'this', 'that', 'which', 'these', 'those', 'such', 'links', 'dialogue',
  'economy', 'economies', 'future', 'system', 'systems', 'base', 'framework', 'process', 'processes', 'mechanisms',
  'mechanism', 'conditions', 'opportunities', 'projects', 'project', 'cooperation', 'integration', 'union',
  'товаров', 'товары', 'товар', 'продукции', 'продукция', 'продукт', 'продуктов', 'экспорта', 'импорта', 'нефти',
  'газа', 'электроэнергии', 'энергоносителей', 'сырья', 'услуг', 'объемов', 'объемы',
]);

/** Utilities: "water supply", "heat supply" are no deliveries. */
export const UTILITY_BEFORE_RE = /\b(?:water|heat|heating|power|energy|electricity|gas|fuel|food|money|blood|oxygen|public|state|government|municipal)\s*$|(?:водо|тепло|энерго|газо|государственн\p{L}*|муниципальн\p{L}*)\s*$/iu;

/** Facilities that are built ("construction of X" counts only for these). */
export const FACILITY_RE = /^(?:plants?|factor(?:y|ies)|complex(?:es)?|schools?|hospitals?|kindergartens?|housing|houses|estates?|railways?|railroads?|roads?|highways?|bridges?|facilit(?:y|ies)|centres?|centers?|stations?|parks?|terminals?|warehouses?|hubs?|pipelines?|stadiums?|ports?|airports?|buildings?|apartments?|plants|mills?|farms?|workshops?|enterprises?|capacities|capacity|dormitor(?:y|ies)|clinics?|zones?|corridors?|line|lines|units?|завод\p{L}*|фабрик\p{L}*|комплекс\p{L}*|школ\p{L}*|больниц\p{L}*|жиль\p{L}*|дом\p{L}*|дорог\p{L}*|мост\p{L}*|объект\p{L}*|центр\p{L}*|станци\p{L}*|парк\p{L}*|предприяти\p{L}*|цех\p{L}*|терминал\p{L}*|склад\p{L}*|производств\p{L}*|ферм\p{L}*)$/iu;

/** Company forms around a name: "CJSC Agrotekhservis", "Belkommunmash OJSC", "ОАО «АМКОДОР»". */
export const COMPANY_FORMS: ReadonlySet<string> = new Set([
  'CJSC', 'OJSC', 'JSC', 'PJSC', 'LLC', 'Ltd', 'LTD', 'Inc', 'GmbH', 'PLC', 'Corp', 'OAO', 'ZAO', 'OOO', 'SE', 'UE', 'RUE', 'JV',
  'ОАО', 'ЗАО', 'ООО', 'ПАО', 'АО', 'ЧУП', 'УП', 'РУП', 'СООО', 'ИООО', 'ТОО',
]);
/** Forms that are part of the name when they follow it: "Niva Holding". */
export const NAME_TAILS: ReadonlySet<string> = new Set(['Holding', 'Group', 'Concern']);
/** Words that open a quantity and are no part of the subject: "more than 160 tractors", "up to 1,500 buses". */
export const QUANTITY_LEAD_RE = /^(?:(?:more|less|fewer) than|over|about|around|up to|nearly|almost|some|several|another|a further|at least|approximately|roughly|свыше|более|около|до|порядка)\s+/iu;
/** A trade statement: supplies named as part of exports or turnover are trade, not projects. */
export const TRADE_CONTEXT_RE = /\b(?:basis|structure|bulk|share|composition|most) of (?:\w+ )?(?:exports|imports|trade|turnover)\b|\b(?:exports|imports)\b.{0,60}\b(?:made up|consist\w*|includ\w*|dominated)\b|(?:основ\p{L}*|структур\p{L}*) (?:\p{L}+ )?(?:экспорта|импорта|товарооборота)/iu;
/** Where an assembly is a parliament: "legislative assembly", "National Assembly". */
export const ASSEMBLY_BODY_BEFORE_RE = /\b(?:legislative|national|general|parliamentary|interparliamentary|inter-parliamentary|constituent|people's|regional|city|state|federal)\s+$/i;

/** Words that end a subject phrase on the right. */
export const SUBJECT_STOP = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
  'must', 'has', 'have', 'had', 'which', 'that', 'who', 'whom', 'where', 'when', 'while', 'whose', 'as', 'at', 'by',
  'during', 'after', 'before', 'since', 'until', 'till', 'under', 'within', 'from', 'via', 'through', 'to', 'into',
  'in', 'on', 'with', 'for', 'also', 'already', 'then', 'there', 'here', 'now', 'so', 'but', 'or', 'if', 'because',
  'than', 'not', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'including', 'like', 'about', 'over', 'amid',
  'against', 'per', 'worth', 'totalling', 'totaling', 'valued', 'amounting', 'respectively', 'this', 'year',
  'в', 'во', 'на', 'у', 'к', 'ко', 'при', 'после', 'до', 'для', 'о', 'об', 'за', 'из', 'от', 'под', 'через', 'с',
  'со', 'который', 'которая', 'которое', 'которые', 'где', 'когда', 'что', 'чтобы', 'а', 'но', 'или', 'также', 'уже',
  'не', 'это', 'как', 'будет', 'был', 'была', 'было', 'были', 'будут', 'на', 'сумму', 'стоимостью',
]);
/** Russian short participles that end a subject: "производство лифтов запущено", "сборка налажена". */
export const RU_SHORT_PARTICIPLE_RE = /^(?:запущ|налаж|созда|откры|подписа|построе|организова|введ|реализова|нача|заверш|поставле|закупле|приобрете|открыт|освое|размещ|утвержд)\p{L}{0,3}$/u;

/** Nouns after which "of" continues the subject: "units of equipment", "a range of tractors". */
export const OF_CONTINUES = new Set(['units', 'unit', 'range', 'batch', 'batches', 'set', 'sets', 'fleet', 'number', 'types', 'kinds', 'lot', 'lots', 'pieces', 'items', 'models', 'vehicles', 'production', 'assembly', 'supplies', 'construction']);

/** Words that point back to a project named before: "the new plant", "this enterprise". */
export const ANAPHORIC_SUBJECT_RE = /^(?:the|this|that|these|those|its|their|такой|этот|эта|это|эти|данн\p{L}+)\s+(?:new\s+|same\s+)?(?:plant|factory|enterprise|company|facility|project|venture|one|ones|предприяти\p{L}*|завод\p{L}*|проект\p{L}*|компани\p{L}*)$/iu;

/** Triggers that are something else in front of these words: "assembly hall", "supply chain". */
export const EN_NOT_AFTER = new Set(['chain', 'chains', 'side', 'sides', 'hall', 'halls', 'management', 'security', 'contract', 'contracts', 'agreement', 'agreements', 'issues', 'issue', 'problems', 'price', 'prices', 'schedule', 'terms', 'routes', 'route', 'logistics']);
