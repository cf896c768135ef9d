import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseStart, cueJustBefore, cueWordDirection, indexCues, lastCue, firstCue, qualifierBefore, type Qualifier } from './cues.ts';

/** Qualifier of the number "7" in the text. */
function qual(text: string): Qualifier | null {
  return qualifierBefore(text, text.indexOf('7'))?.qualifier ?? null;
}

const qualifiers: Array<[string, Qualifier | null]> = [
  ['more than 7 farms', 'over'],
  ['well over 7 farms', 'over'],
  ['at least 7 farms', 'over'],
  ['свыше 7 ферм', 'over'],
  ['более, чем 7 ферм', 'over'],
  ['не менее 7 ферм', 'over'],
  ['about 7 farms', 'about'],
  ['"Around 7 farms', 'about'],
  ['около 7 ферм', 'about'],
  ['порядка 7 ферм', 'about'],
  ['almost 7 farms', 'under'],
  ['nearly 7 farms', 'under'],
  ['less than 7 farms', 'under'],
  ['почти 7 ферм', 'under'],
  ['менее 7 ферм', 'under'],
  ['up to 7 farms', 'up_to'],
  ['на сумму до 7 млн', 'up_to'],
  ['as many as 7 farms', 'exact'],
  ['ровно 7 ферм', 'exact'],
  ['the turnover 7', null],
  ['товарооборот вырос до 7 млрд', null],
  ['costs fell by up to 7%', 'up_to'],
];

for (const [text, expected] of qualifiers) {
  test(`qualifierBefore: ${text} -> ${expected}`, () => {
    assert.equal(qual(text), expected);
  });
}

test('qualifierBefore reports the span of the phrase', () => {
  const text = 'we expect more than 7';
  const q = qualifierBefore(text, text.indexOf('7'))!;
  assert.equal(text.slice(q.start, q.end), 'more than');
});

test('cueWordDirection reads verbs and nouns in both languages', () => {
  assert.equal(cueWordDirection('grew'), 'up');
  assert.equal(cueWordDirection('Increased'), 'up');
  assert.equal(cueWordDirection('снизился'), 'down');
  assert.equal(cueWordDirection('рост'), 'up');
  assert.equal(cueWordDirection('падение'), 'down');
  assert.equal(cueWordDirection('contracted'), 'down');
  // Not cues: a city, a document, a reporting verb.
  assert.equal(cueWordDirection('Ростов'), null);
  assert.equal(cueWordDirection('contract'), null);
  assert.equal(cueWordDirection('added'), null);
});

test('clauseStart stops at a sentence end but not at "U.S." or "млрд."', () => {
  const a = 'Prices rose. Exports of 5 million U.S. dollars fell by 7%';
  assert.equal(a.slice(clauseStart(a, a.indexOf('7')), a.indexOf('7')).trim(), 'Exports of 5 million U.S. dollars fell by');
  const b = 'Экспорт 2 млрд. рублей сократился на 7%';
  assert.equal(clauseStart(b, b.indexOf('7')), 0);
});

test('cueJustBefore skips fillers and time phrases', () => {
  const t = 'Exports increased in the first half by 7%';
  assert.equal(cueJustBefore(t, t.indexOf('7'))?.word, 'increased');
  const r = 'экспорт вырос в I полугодии на 7%';
  assert.equal(cueJustBefore(r, r.indexOf('7'))?.dir, 'up');
});

test('cueJustBefore stops at a content word or a comma', () => {
  const t = 'Exports grew, and imports 7%';
  assert.equal(cueJustBefore(t, t.indexOf('7')), null);
});

test('lastCue and firstCue agree with and without an index', () => {
  const t = 'Output fell, then sales rose by 7% and costs dropped later.';
  const ix = indexCues(t);
  const p = t.indexOf('7');
  assert.equal(lastCue(t, 0, p)?.word, 'rose');
  assert.equal(lastCue(t, 0, p, ix)?.word, 'rose');
  assert.equal(firstCue(t, p, t.length)?.word, 'dropped');
  assert.equal(firstCue(t, p, t.length, ix)?.word, 'dropped');
});

test('phrasal "went up" / "was down" are cues', () => {
  const t = 'Sales went up sharply while costs were down.';
  const ix = indexCues(t);
  assert.deepEqual(ix.cues.map((c) => c.dir), ['up', 'down']);
});
