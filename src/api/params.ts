/** Query and path parameters several routes share, and the opaque cursor of paginated lists. */
import { z } from 'zod';
import { badRequest } from './errors.ts';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** Page size: 1..MAX_PAGE_SIZE; more is refused rather than silently cut. */
export const limitParam = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
  .default(DEFAULT_PAGE_SIZE)
  .describe(`page size, 1 to ${MAX_PAGE_SIZE}`);

export const cursorParam = z.string().min(1).max(500).optional().describe('the nextCursor of the previous page');

/** Whether "YYYY", "YYYY-MM" or "YYYY-MM-DD" names a real year, month or day. */
export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  return day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

export const dateParam = z
  .string()
  .refine(isPartialDate, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/** A gazetteer id: "BY", "BY-HO", "city:BY:minsk". */
export const partyIdParam = z.string().min(1).max(100).regex(/^[\w:.-]+$/u, 'must be a party id such as BY, BY-HO or city:BY:minsk');

/** "BY,UZ" -> ["BY", "UZ"]. */
export const partyListParam = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(partyIdParam).min(1, 'must name at least one party').max(10, 'at most 10 parties'));

export const idParam = z.object({ id: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive').max(2 ** 31 - 1) });

/** Positions in a list: where the next page starts. Opaque to clients (base64url JSON). */
export const KeysetCursor = z.object({ key: z.string(), id: z.number().int() });
export const OffsetCursor = z.object({ offset: z.number().int().nonnegative().max(100_000) });
export const IdCursor = z.object({ id: z.number().int() });

export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** Reads a cursor this API issued; anything else is a 400. */
export function decodeCursor<T>(cursor: string | undefined, schema: z.ZodType<T>): T | undefined {
  if (cursor === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badRequest('querystring cursor: not a cursor this API gave out');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw badRequest('querystring cursor: not a cursor this API gave out');
  return parsed.data;
}

/** Refuses a range whose start is after its end (compared at the coarser precision). */
export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (!from || !to) return;
  const n = Math.min(from.length, to.length);
  if (from.slice(0, n) > to.slice(0, n)) throw badRequest(`querystring: from (${from}) is after to (${to})`);
}

/** "YYYY-MM-DD": judge as of that day (statements published later are not used); default today. */
export const asOfParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day: YYYY-MM-DD')
  .refine(isPartialDate, 'must be a real day')
  .optional()
  .describe('judge as of this day, YYYY-MM-DD (default: today); statements published later are not used');

/** The noon of a day in UTC, as the CLI's --as-of reads it. */
export const dayOf = (asOf: string | undefined): Date => (asOf ? new Date(`${asOf}T12:00:00Z`) : new Date());

/** "achieved,missed" -> ["achieved", "missed"], each one of `values`. */
export function statusListParam<T extends string>(values: readonly T[]) {
  return z
    .string()
    .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values as [T, ...T[]], { error: `must be one of ${values.join(', ')}` })).min(1, 'must name a status'));
}
