import { z } from 'zod';
import { FACT_TYPES } from './fact-types.ts';

export { FACT_TYPES };
export const FactType = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactType>;

export const TRADE_INDICATORS = ['turnover', 'exports', 'imports', 'mutual_trade', 'production', 'other'] as const;
export const TradeIndicator = z.enum(TRADE_INDICATORS);
export type TradeIndicator = z.infer<typeof TradeIndicator>;

export const COUNT_QUALIFIERS = ['exact', 'over', 'about', 'under'] as const;
export const CountQualifier = z.enum(COUNT_QUALIFIERS);
export type CountQualifier = z.infer<typeof CountQualifier>;

export const DOCUMENT_KINDS = [
  'convention', 'concept', 'agreement', 'treaty', 'programme', 'strategy', 'roadmap', 'plan',
  'memorandum', 'protocol', 'declaration', 'contract', 'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const EVENT_KINDS = [
  'forum', 'commission_meeting', 'summit', 'council_meeting', 'exhibition', 'business_council',
  'visit', 'talks', 'conference', 'other',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const PROJECT_KINDS = [
  'joint_venture', 'assembly_plant', 'supply', 'dealership', 'trading_house', 'production',
  'construction', 'education', 'research', 'other',
] as const;
export const ProjectKind = z.enum(PROJECT_KINDS);
export type ProjectKind = z.infer<typeof ProjectKind>;

/** "2008", "2008-10", "2008-10-10". */
export const DateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
/** "2017", "2018-01..2018-07", "2021-Q1", "2017..2020". */
export const PeriodString = z.string().regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?(\.\.\d{4}(-(Q[1-4]|H[12]|\d{2}))?)?$/);

const nullableNumber = z.number().finite().nullable().default(null);
const nullableString = z.string().nullable().default(null);

/** Fields every fact carries: where it came from and how sure we are. */
const FactBase = z.object({
  doc: z.string(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  parties: z.array(z.string()).default([]),
  /** Gazetteer ids of every party the fact involves (its parties, and a project's actors and partner). */
  party_ids: z.array(z.string()).optional(),
  confidence: z.number().min(0).max(1).optional(),
  lang: z.enum(['en', 'ru', 'other']).optional(),
});

export const TradeFact = FactBase.extend({
  type: z.literal('trade'),
  indicator: TradeIndicator.nullable().default(null),
  /** "A->B" for exports and imports. */
  flow: nullableString,
  period: nullableString,
  /** Base units: 164e9 for "$164 billion". */
  value: nullableNumber,
  /** ISO 4217. */
  currency: nullableString,
  /** Signed percent change: "1.4 times" -> 40, "fell 17%" -> -17. */
  change_pct: nullableNumber,
  /** Sector scope of a figure ("agricultural products"), null for the whole trade. */
  scope: nullableString.optional(),
});
export type TradeFact = z.infer<typeof TradeFact>;

export const TargetFact = FactBase.extend({
  type: z.literal('target'),
  indicator: TradeIndicator.nullable().default(null),
  value: nullableNumber,
  currency: nullableString,
  /** Deadline year or null. */
  by: nullableString,
  scope: nullableString.optional(),
  /** For relative targets ("double", "120% of"): the multiplier of a base figure. */
  relative: z.number().nullable().optional(),
});
export type TargetFact = z.infer<typeof TargetFact>;

export const CountFact = FactBase.extend({
  type: z.literal('count'),
  subject: nullableString,
  value: nullableNumber,
  qualifier: CountQualifier.nullable().default(null),
  date: nullableString,
  /** The whole a part is counted from: 7 in "7 (out of 74) regions" has out_of 74. */
  out_of: z.number().nullable().optional(),
});
export type CountFact = z.infer<typeof CountFact>;

export const DocumentFact = FactBase.extend({
  type: z.literal('document'),
  title: nullableString,
  kind: DocumentKind.nullable().default(null),
  /** Signed or adopted. */
  date: nullableString,
  /** Validity period where the title or text states one: "2021", "2023". */
  valid_from: nullableString.optional(),
  valid_to: nullableString.optional(),
  status: nullableString.optional(),
});
export type DocumentFact = z.infer<typeof DocumentFact>;

export const EventFact = FactBase.extend({
  type: z.literal('event'),
  kind: EventKind.nullable().default(null),
  name: nullableString,
  place: nullableString,
  date: nullableString,
});
export type EventFact = z.infer<typeof EventFact>;

export const ProjectFact = FactBase.extend({
  type: z.literal('project'),
  kind: ProjectKind.nullable().default(null),
  actors: z.array(z.string()).default([]),
  partner: nullableString,
  subject: nullableString,
  quantity: nullableNumber,
  value: nullableNumber,
  currency: nullableString,
  date: nullableString,
});
export type ProjectFact = z.infer<typeof ProjectFact>;

/** One fact in the interchange format (one JSONL line of `imon extract`). */
export const Fact = z.discriminatedUnion('type', [TradeFact, TargetFact, CountFact, DocumentFact, EventFact, ProjectFact]);
export type Fact = z.infer<typeof Fact>;
export type FactInput = z.input<typeof Fact>;

export const REVIEW_STATUSES = ['auto', 'accepted', 'edited', 'rejected'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;
