/**
 * The six fact types of DESIGN.md's interchange format. Apart from fact.ts's schemas so the
 * CLI can offer them as choices without loading zod.
 */
export const FACT_TYPES = ['trade', 'target', 'count', 'document', 'event', 'project'] as const;
