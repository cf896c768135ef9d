import { FACT_TYPES } from '../domain/fact-types.ts';
import type { FactType } from '../domain/fact.ts';
import { UsageError } from './context.ts';

/** A repeatable `--type <type>` option: `--type trade --type target` collects both, in order. */
export function collectFactType(value: string, previous: FactType[] = []): FactType[] {
  if (!(FACT_TYPES as readonly string[]).includes(value)) throw new UsageError(`--type must be one of ${FACT_TYPES.join(', ')}, not "${value}"`);
  return [...previous, value as FactType];
}
