import { test } from 'node:test';
import assert from 'node:assert/strict';
import { morphologyFromAz, type AzParse } from './morphology.ts';

// A stub of az's analyser: readings as az returns them, likeliest first.
const READINGS: Record<string, AzParse[]> = {
  орла: [
    { tag: { POST: 'NOUN' }, parser: 'Dictionary', normalize: () => ({ word: 'орёл' }) },
    { tag: { POST: 'NOUN', Geox: true }, parser: 'Dictionary', normalize: () => ({ word: 'Орёл' }) },
  ],
  минск: [{ tag: { POST: 'NOUN', Geox: true }, parser: 'Dictionary', normalize: () => ({ word: 'минск' }) }],
  кразолток: [{ tag: { POST: 'NOUN' }, parser: 'SuffixKnown', normalize: () => ({ word: 'кразолток' }) }],
};
const morph = morphologyFromAz((w) => READINGS[w.toLowerCase()] ?? []);

test('lemmas come from dictionary readings only, lower-cased and unique', () => {
  assert.deepEqual(morph.lemmas('Орла'), ['орёл']);
  assert.deepEqual(morph.lemmas('Кразолток'), []);
});

test('a word is common when its likeliest reading is not a proper name', () => {
  assert.equal(morph.isCommonWord('Орла'), true);
  assert.equal(morph.isCommonWord('Минск'), false);
  assert.equal(morph.isCommonWord('Кразолток'), false);
});
