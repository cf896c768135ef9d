import type { z } from 'zod';
import { CountFact, DocumentFact, EventFact, ProjectFact, TargetFact, TradeFact, type Fact } from '../../../domain/fact.ts';

const SCHEMAS: Record<Fact['type'], z.ZodObject> = {
  trade: TradeFact, target: TargetFact, count: CountFact, document: DocumentFact, event: EventFact, project: ProjectFact,
};

/** A reviewer corrects what a fact says, not what it rests on: its type and evidence stay. */
export const FIXED_FIELDS = ['type', 'doc', 'quote', 'start', 'end'] as const;

/**
 * A fact with a reviewer's edits applied and checked against its type's schema (src/domain/fact.ts).
 * Unknown fields and changes to the evidence are refused, with a message saying which. Pure.
 */
export function applyFactEdit(current: Record<string, unknown>, edits: Record<string, unknown>): { fact: Fact } | { error: string } {
  const type = current.type as Fact['type'];
  const schema = SCHEMAS[type];
  if (!schema) return { error: `the fact has an unknown type "${String(current.type)}"` };
  const names = Object.keys(edits);
  if (!names.length) return { error: 'fields: nothing to edit' };
  for (const name of names) {
    if ((FIXED_FIELDS as readonly string[]).includes(name)) {
      if (JSON.stringify(edits[name]) !== JSON.stringify(current[name])) return { error: `fields.${name}: cannot be edited (the type and evidence of a fact are fixed)` };
    } else if (!(name in schema.shape)) {
      return { error: `fields.${name}: not a field of a ${type} fact (fields: ${Object.keys(schema.shape).filter((k) => !(FIXED_FIELDS as readonly string[]).includes(k)).join(', ')})` };
    }
  }
  const parsed = schema.safeParse({ ...current, ...edits });
  if (!parsed.success) {
    return { error: parsed.error.issues.map((i) => `fields${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`).join('; ') };
  }
  return { fact: parsed.data as Fact };
}
