/**
 * `Fact.safeParse` for the extraction hot path. Every fact the pipeline emits is validated
 * against the domain schema (it drops a fact with, say, a NaN value or an empty quote), but
 * zod's general machinery costs more per fact than the rest of finishing it. So the schema
 * is compiled once into plain checks of the few kinds the fact schemas use (strings with a
 * minimum length, finite and safe-integer numbers with bounds, enums, literals, nullable,
 * optional and defaulted fields, arrays); a fact that passes them is built exactly as zod
 * builds it (fields in schema order, defaults filled, unknown keys dropped). Anything the
 * checks do not pass, or a schema with a kind they do not know, goes to zod, which decides.
 */
import type { z } from 'zod';
import { Fact } from '../domain/fact.ts';

/** Returned by a field check when the value does not pass. */
const FAIL = Symbol('fail');
type Check = (value: unknown) => unknown;

/** A schema node the compiler does not know: the member schema falls back to zod. */
class Unsupported extends Error {}

interface Node {
  _zod: { def: Record<string, any>; optin?: string };
}

function compile(node: Node): Check {
  const def = node._zod.def;
  switch (def.type) {
    case 'string': {
      const min = lengthMinimum(def.checks);
      return (v) => (typeof v === 'string' && v.length >= min ? v : FAIL);
    }
    case 'number': {
      const ok = numberChecks(def.checks);
      return (v) => (typeof v === 'number' && Number.isFinite(v) && ok(v) ? v : FAIL);
    }
    case 'nullable': {
      noChecks(def);
      const inner = compile(def.innerType);
      return (v) => (v === null ? null : inner(v));
    }
    case 'default': {
      noChecks(def);
      const inner = compile(def.innerType);
      const fallback = def.defaultValue;
      if (fallback !== null && !(Array.isArray(fallback) && fallback.length === 0)) throw new Unsupported('default value');
      return (v) => (v === undefined ? (fallback === null ? null : []) : inner(v));
    }
    case 'optional': {
      noChecks(def);
      const inner = compile(def.innerType);
      // zod runs a defaulted inner schema on undefined (it fills the default); others leave undefined.
      const runsOnUndefined = def.innerType._zod.def.type === 'default';
      return (v) => (v === undefined && !runsOnUndefined ? undefined : inner(v));
    }
    case 'array': {
      noChecks(def);
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const x = element(v[i]);
          if (x === FAIL) return FAIL;
          out[i] = x;
        }
        return out;
      };
    }
    case 'enum': {
      noChecks(def);
      const values = new Set(Object.values(def.entries));
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'literal': {
      noChecks(def);
      const values: unknown[] = def.values;
      return (v) => (values.includes(v) ? v : FAIL);
    }
    default:
      throw new Unsupported(def.type);
  }
}

function noChecks(def: Record<string, any>): void {
  if (def.checks?.length) throw new Unsupported(`checks on ${def.type}`);
}

function lengthMinimum(checks: Node[] | undefined): number {
  let min = 0;
  for (const c of checks ?? []) {
    const d = c._zod.def;
    if (d.check !== 'min_length') throw new Unsupported(`string check ${d.check}`);
    min = Math.max(min, d.minimum);
  }
  return min;
}

function numberChecks(checks: Node[] | undefined): (v: number) => boolean {
  const tests: ((v: number) => boolean)[] = [];
  for (const c of checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'number_format' && d.format === 'safeint') tests.push(Number.isSafeInteger);
    else if (d.check === 'greater_than') tests.push(d.inclusive ? (v) => v >= d.value : (v) => v > d.value);
    else if (d.check === 'less_than') tests.push(d.inclusive ? (v) => v <= d.value : (v) => v < d.value);
    else throw new Unsupported(`number check ${d.check}`);
  }
  return (v) => tests.every((t) => t(v));
}

type Builder = (input: Record<string, unknown>) => Fact | null;

/** A member schema (an object) as a builder of its output, or null when zod must do it. */
function compileObject(schema: Node): Builder | null {
  const def = schema._zod.def;
  if (def.type !== 'object' || def.catchall || def.checks?.length) return null;
  try {
    const fields = Object.entries(def.shape as Record<string, Node>).map(([key, node]) => ({ key, check: compile(node) }));
    return (input) => {
      const out: Record<string, unknown> = {};
      for (const { key, check } of fields) {
        const v = check(input[key]);
        if (v === FAIL) return null;
        // As zod does: a key whose value comes out undefined is kept only if the input had it.
        if (v !== undefined || key in input) out[key] = v;
      }
      return out as Fact;
    };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** Builders by the discriminator value ("trade", "target", ...). */
const BUILDERS = new Map<unknown, Builder | null>();
for (const option of (Fact as unknown as { options: Node[] }).options) {
  const type = (option._zod.def.shape as Record<string, Node>).type!._zod.def;
  for (const value of type.values as unknown[]) BUILDERS.set(value, compileObject(option));
}

export type FactParse = { success: true; data: Fact } | { success: false; error: z.ZodError };

/** The result of `Fact.safeParse(input)`, cheaply when the fact is valid (as facts are). */
export function parseFact(input: Record<string, unknown>): FactParse {
  const build = BUILDERS.get(input.type);
  const data = build ? build(input) : null;
  if (data) return { success: true, data };
  return Fact.safeParse(input);
}
