export type { TimeExpression, TimeKind, TimeRef } from './types.ts';
export { findTimeExpressions } from './findTimeExpressions.ts';
export { periodOf, type PeriodOfOptions } from './periodOf.ts';
