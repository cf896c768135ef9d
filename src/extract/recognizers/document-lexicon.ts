/**
 * Words of documents in English and Russian: the head nouns that name a kind of document,
 * the modifiers that may stand before them in a name, and the words that end a name.
 */
import type { DocumentKind } from '../../domain/fact.ts';

export interface DocumentHead {
  kind: DocumentKind;
  plural: boolean;
  /** How many tokens the head spans ("road map", "дорожная карта": 2). */
  length: number;
}

/** English head nouns (lower case) -> kind and number. */
const EN_HEADS = new Map<string, [DocumentKind, boolean]>([
  ['agreement', ['agreement', false]], ['agreements', ['agreement', true]],
  ['treaty', ['treaty', false]], ['treaties', ['treaty', true]],
  ['convention', ['convention', false]], ['conventions', ['convention', true]],
  ['concept', ['concept', false]], ['concepts', ['concept', true]],
  ['programme', ['programme', false]], ['programmes', ['programme', true]],
  ['program', ['programme', false]], ['programs', ['programme', true]],
  ['strategy', ['strategy', false]], ['strategies', ['strategy', true]],
  ['roadmap', ['roadmap', false]], ['roadmaps', ['roadmap', true]],
  ['plan', ['plan', false]], ['plans', ['plan', true]],
  ['memorandum', ['memorandum', false]], ['memoranda', ['memorandum', true]], ['memorandums', ['memorandum', true]],
  ['protocol', ['protocol', false]], ['protocols', ['protocol', true]], ['minutes', ['protocol', false]],
  ['declaration', ['declaration', false]], ['declarations', ['declaration', true]],
  ['contract', ['contract', false]], ['contracts', ['contract', true]],
  ['charter', ['other', false]], ['accord', ['agreement', false]], ['accords', ['agreement', true]],
  ['regulations', ['other', true]], ['regulation', ['other', false]],
  ['guidelines', ['strategy', false]], ['directions', ['strategy', false]],
  ['map', ['other', false]], ['maps', ['other', true]],
]);

/** Heads that name a document only in a name ("Strategic Directions ...", "Regulations on ..."), never alone. */
export const EN_NAME_ONLY_HEADS = new Set(['guidelines', 'directions', 'regulations', 'regulation', 'map', 'maps', 'charter']);

/** Russian heads by stem: the ending carries case and number. */
const RU_HEADS: Array<[RegExp, DocumentKind]> = [
  [/^соглашени[еяюйи]\p{L}{0,3}$/u, 'agreement'],
  [/^договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u, 'treaty'],
  [/^конвенци[яиюей]\p{L}{0,2}$/u, 'convention'],
  [/^концепци[яиюей]\p{L}{0,2}$/u, 'concept'],
  [/^программ(?:а|ы|е|у|ой|ам|ами|ах)?$/u, 'programme'],
  [/^стратеги[яиюей]\p{L}{0,2}$/u, 'strategy'],
  [/^план(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u, 'plan'],
  [/^меморандум(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u, 'memorandum'],
  [/^протокол(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u, 'protocol'],
  [/^деклараци[яиюей]\p{L}{0,2}$/u, 'declaration'],
  [/^контракт(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/u, 'contract'],
];
const RU_HEAD_PREFIXES = new Set(['сог', 'дог', 'кон', 'про', 'стр', 'пла', 'мем', 'дек']);
/** "дорожная карта" in any case. */
const RU_ROADMAP_ADJ = /^дорожн(?:ая|ой|ую|ые|ых|ым|ыми)$/u;
const RU_MAP = /^карт(?:а|ы|е|у|ой|ам|ами|ах)?$/u;

/** The document head starting at `words[i]` (lower-cased words), or null. */
export function documentHeadAt(words: readonly string[], i: number): DocumentHead | null {
  const w = words[i]!;
  if (w === 'road' && words[i + 1] === 'map') return { kind: 'roadmap', plural: false, length: 2 };
  if (w === 'road' && words[i + 1] === 'maps') return { kind: 'roadmap', plural: true, length: 2 };
  const en = EN_HEADS.get(w);
  if (en) return { kind: en[0], plural: en[1], length: 1 };
  // "дорожная карта": the English heads looked up first hold no Cyrillic, so the order changes nothing.
  if (w.startsWith('дорожн') && RU_ROADMAP_ADJ.test(w) && RU_MAP.test(words[i + 1] ?? '')) {
    return { kind: 'roadmap', plural: /^дорожн(?:ые|ых|ым|ыми)$/u.test(w), length: 2 };
  }
  // Most words start otherwise: a prefix test spares the Russian patterns.
  if (!RU_HEAD_PREFIXES.has(w.slice(0, 3))) return null;
  for (const [re, kind] of RU_HEADS) {
    if (re.test(w)) return { kind, plural: isRussianPlural(w, kind), length: 1 };
  }
  return null;
}

/**
 * Plural forms that cannot be singular; ambiguous ones ("соглашения", "программы": genitive
 * singular or plural) read as singular, the usual "подписали соглашение".
 */
function isRussianPlural(w: string, kind: DocumentKind): boolean {
  if (kind === 'programme') return w === 'программ' || /(?:ам|ами|ах)$/u.test(w);
  if (/и[яйею]\p{L}*$/u.test(w) || /ие$/u.test(w)) return /(?:ий|иям|иями|иях)$/u.test(w);
  return /(?:ы|ов|ам|ами|ах)$/u.test(w);
}

/** Russian nominative of a head, for titles: "Дорожную карту" -> "Дорожная карта". */
export const RU_HEAD_LEMMA: Record<DocumentKind, string> = {
  agreement: 'соглашение', treaty: 'договор', convention: 'конвенция', concept: 'концепция', programme: 'программа',
  strategy: 'стратегия', roadmap: 'дорожная карта', plan: 'план', memorandum: 'меморандум', protocol: 'протокол',
  declaration: 'декларация', contract: 'контракт', other: 'документ',
};

/** Lower-case words that may stand before a head in a generic name: "cooperation roadmap", "framework agreement". */
export const EN_PREMODIFIERS = new Set([
  'cooperation', 'co-operation', 'framework', 'consortium', 'twinning', 'trade', 'free', 'action', 'partnership',
  'intergovernmental', 'inter-governmental', 'interstate', 'inter-state', 'bilateral', 'multilateral', 'interregional',
  'inter-regional', 'medium-term', 'long-term', 'short-term', 'state', 'federal', 'national', 'joint', 'investment',
  'leasing', 'development', 'economic', 'strategic', 'interim', 'temporary', 'basic', 'work', 'working', 'implementation',
  'information', 'cultural', 'humanitarian', 'comprehensive', 'industrialisation', 'industrialization',
  'agro-industrialisation', 'agro-industrialization', 'sectoral', 'regional', 'integration', 'partnership', 'sister-city',
  'friendship', 'area', 'zone', 'customs', 'transit', 'supply', 'purchase', 'sales', 'export', 'import', 'credit', 'loan',
  'cross-border', 'border', 'three-year', 'two-year', 'five-year', 'annual', 'communication', 'communications', 'roadmap',
  'innovation', 'educational', 'education', 'scientific', 'technical', 'social', 'socio-economic', 'energy', 'transport',
  'industrial', 'agricultural', 'commercial', 'government', 'governmental', 'ministerial', 'tripartite',
  'promotion', 'sectorial', 'updated', 'revised', 'new', 'key', 'general', 'main', 'draft',
]);
/** Of these, words that only qualify and carry no name: left out of titles ("a new agreement" -> "agreement"). */
export const EN_PREMODIFIER_NOISE = new Set(['new', 'updated', 'revised', 'key', 'general', 'main', 'draft']);

/** Words that may continue a name after "and" or a comma: "trade, economic, scientific and technical cooperation". */
export const SECTOR_WORDS = new Set([
  'trade', 'economic', 'scientific', 'technical', 'technological', 'cultural', 'humanitarian', 'social', 'socio-cultural',
  'investment', 'industrial', 'educational', 'scientific-technical', 'innovation', 'innovative', 'agricultural', 'legal',
  'financial', 'energy', 'transport', 'information', 'military', 'environmental', 'tourism', 'sports', 'health',
  'medical', 'interregional', 'inter-regional', 'cross-border', 'border', 'production', 'informational', 'political',
]);

/** Prepositions that open the complement of a name: "Agreement ON ...", "Concept OF ...". */
export const EN_COMPLEMENT_PREPS = new Set(['of', 'on', 'for', 'between', 'about', 'among', 'concerning', 'regarding', 'to', 'in']);
/** Participles that open a name's complement like a preposition: "agreement leading to the creation of ...". */
export const EN_COMPLEMENT_PARTICIPLES = new Set(['leading', 'establishing', 'governing', 'creating', 'setting', 'providing', 'covering']);
export const RU_COMPLEMENT_PREPS = new Set(['о', 'об', 'между', 'по', 'на', 'в', 'до', 'для', 'относительно']);

/** Words that end a name in English: verbs, relative words, the partner ("with"). */
export const EN_TITLE_STOP = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can',
  'could', 'may', 'might', 'must', 'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'with',
  'signed', 'adopted', 'approved', 'concluded', 'ratified', 'entered', 'came', 'comes', 'provides', 'provided', 'contains',
  'includes', 'included', 'envisages', 'envisaged', 'lacks', 'defines', 'defined', 'specified', 'specifies', 'aimed',
  'discussed', 'drawn', 'prepared', 'developed', 'submitted', 'launched', 'by', 'at', 'within', 'under', 'during',
  'after', 'before', 'since', 'through', 'via', 'because', 'although', 'though', 'if', 'so', 'than', 'not', 'also',
  'already', 'initialled', 'initialed', 'drafted', 'updated', 'extended', 'expires', 'expired', 'valid', 'effective',
  'said', 'says', 'noted', 'according', 'currently', 'now', 'being', 'allowing', 'giving', 'met', 'held', 'took', 'began',
  'became', 'made', 'gave', 'won', 'went', 'saw', 'showed', 'brought', 'laid', 'remains', 'remained', 'become', 'becomes',
  'helps', 'help', 'allows', 'gives', 'makes', 'sets', 'opens', 'opened', 'marks', 'marked',
]);
/** Russian words that end a name: the partner ("с"), relative words. Verbs are caught by their endings. */
export const RU_TITLE_STOP = new Set(['с', 'со', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'где', 'когда', 'что', 'чтобы', 'а', 'но', 'при', 'в ходе', 'во', 'от', 'за']);
/** Russian finite verbs, infinitives and short participles (\"подписано\", \"была\", \"утвердить\"), which end a name. */
export const RU_VERB_RE = /^\p{L}{2,}(?:ли|ла|ло|лся|лась|лось|лись|[аяиеуоы]ть|ться|ано|ана|аны|ено|ена|ены|ется|ются)$/u;

/** Words before a head that make the mention a back-reference, not a document: "this agreement", "such programmes". */
export const EN_ANAPHORIC = new Set(['this', 'that', 'these', 'those', 'such', 'said', 'aforementioned', 'above', 'same', 'its', 'their', 'his', 'her', 'our', 'your', 'any', 'each', 'every', 'other', 'another', 'similar', 'relevant', 'existing', 'previous', 'completed']);
export const RU_ANAPHORIC = new Set(['этот', 'это', 'этого', 'этом', 'этим', 'эта', 'этой', 'эту', 'эти', 'этих', 'данный', 'данное', 'данного', 'данной', 'данную', 'такой', 'такое', 'такие', 'таких', 'указанн', 'свой', 'своё', 'свое', 'своих', 'иные', 'другие']);

/** Verbs of signing and adopting (a document is being stated, not just named). */
export const SIGN_VERB_RE = /^(?:sign|signs|signed|signing|adoption|approval|conclude|concluded|concluding|adopt|adopted|adopting|approve|approved|approving|ratif\p{L}*|initial\p{L}*|ink|inked|endorse\p{L}*|подпис\p{L}*|заключ\p{L}*|утвер[дж]\p{L}*|принят\p{L}*|приня[лв]\p{L}*|ратифиц\p{L}*|одобр\p{L}*)$/u;
