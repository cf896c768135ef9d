import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLeftContext } from './context.ts';

/** The context before the marker "|" in the text. */
function left(textWithBar: string) {
  const at = textWithBar.indexOf('|');
  return readLeftContext(textWithBar.replace('|', ''), at);
}

test('prepositions name the role of what follows', () => {
  assert.equal(left('reach $1 billion by |2025').role, 'deadline');
  assert.equal(left('должен вырасти до |2030 года').role, 'deadline');
  assert.equal(left('strategy for the period until |2030').role, 'validityOpen');
  assert.equal(left('стратегия на период до |2030 года').role, 'validityOpen');
  assert.equal(left('up 5% compared with |2019').role, 'base');
  assert.equal(left('since |2014').role, 'since');
  assert.equal(left('за |2019 год').role, 'period');
  assert.equal(left('signed in |2008').role, 'date');
});

test('the phrase start covers the preposition and the modifier', () => {
  const text = 'Output will grow by the end of 2025.';
  const ctx = readLeftContext(text, text.indexOf('2025'));
  assert.equal(text.slice(ctx.start, text.indexOf('2025')), 'by the end of ');
  assert.equal(ctx.modifier, 'the end of');
  assert.equal(ctx.prep, 'by');
});

test('a change figure before "from", "over", "к" makes them a comparison base', () => {
  const ctx = left('exports rose 12% from |2020');
  assert.equal(ctx.afterChange, true);
  assert.equal(ctx.changeRole, 'base');
  assert.equal(left('рост на 5% к |2020 году').changeRole, 'base');
  assert.equal(left('the rules apply from |2020').afterChange, false);
});

test('no preposition: nothing is read, and words are not cut in the middle', () => {
  assert.equal(left('Belarus |2019').role, undefined);
  assert.equal(left('Toby |2019').role, undefined);
  assert.equal(left('|2019').role, undefined);
});

test('the floor stops the reading at the previous expression', () => {
  const text = 'from 2019 to 2020';
  assert.equal(readLeftContext(text, 13, 13).prep, undefined);
});
