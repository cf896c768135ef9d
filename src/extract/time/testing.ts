/** Helpers shared by this folder's tests. */
import assert from 'node:assert/strict';
import { DateString, PeriodString } from '../../domain/fact.ts';
import { findTimeExpressions } from './findTimeExpressions.ts';
import type { TimeExpression, TimeRef } from './types.ts';

/** What a test states about an expression; omitted fields are not checked. */
export type Expect = Partial<Pick<TimeExpression, 'raw' | 'kind' | 'value' | 'from' | 'to' | 'open' | 'relative' | 'base'>>;

/** Checks offsets, the output formats, and then the expected fields of each expression in order. */
export function expectTimes(text: string, expected: Expect[], ref?: TimeRef): TimeExpression[] {
  const found = findTimeExpressions(text, ref);
  for (const e of found) {
    assert.equal(text.slice(e.start, e.end), e.raw, 'raw is the slice at start..end');
    if (e.value !== null) {
      const ok = e.kind === 'date' ? DateString.safeParse(e.value).success : PeriodString.safeParse(e.value).success;
      assert.ok(ok, `value ${e.value} (${e.kind}) has the documented format`);
    }
  }
  const view = found.map((e, i) => {
    const want = expected[i] ?? {};
    const got: Record<string, unknown> = {};
    for (const k of Object.keys(want)) got[k] = (e as unknown as Record<string, unknown>)[k];
    return got;
  });
  assert.deepEqual(view, expected, `in: ${text}\nfound: ${JSON.stringify(found.map((e) => [e.raw, e.kind, e.value]))}`);
  return found;
}
