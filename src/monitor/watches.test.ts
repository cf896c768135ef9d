import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WatchQuery } from '../domain/watch.ts';
import { checkWebhookUrl, hasWord, matchesWatch, recordValue, type MatchableRecord } from './watches.ts';
import { tree } from './test-fixtures.ts';

const query = (q: Partial<WatchQuery>) => WatchQuery.parse(q);
const tractors: MatchableRecord = {
  type: 'project', partyIds: ['BY-HO', 'UZ-AN'], title: 'Gomselmash / Andijan Region: combine harvesters',
  fields: { subject: 'combine harvesters', quantity: 120, value: null, actors: ['Gomselmash'] },
  quotes: ['Гомсельмаш поставит в Андижанскую область 120 комбайнов и тракторов'],
};

describe('matching records against watches', () => {
  test('an empty watch matches everything', () => {
    assert.ok(matchesWatch(tractors, query({}), tree));
  });

  test('parties: all required; a watch on a state sees its regions', () => {
    assert.ok(matchesWatch(tractors, query({ parties: ['BY'] }), tree));
    assert.ok(matchesWatch(tractors, query({ parties: ['BY-HO', 'UZ'] }), tree));
    assert.ok(!matchesWatch(tractors, query({ parties: ['BY-HO', 'KZ'] }), tree));
    assert.ok(!matchesWatch(tractors, query({ parties: ['BY-MI'] }), tree));
  });

  test('types: fact types, any of them (trade means observations)', () => {
    assert.ok(matchesWatch(tractors, query({ types: ['document', 'project'] }), tree));
    assert.ok(!matchesWatch(tractors, query({ types: ['trade'] }), tree));
    assert.ok(matchesWatch({ ...tractors, type: 'observation' }, query({ types: ['trade'] }), tree));
  });

  test('words: all required, at the start of a word, in the title, fields or evidence, either language', () => {
    assert.ok(matchesWatch(tractors, query({ words: ['combine'] }), tree));
    assert.ok(matchesWatch(tractors, query({ words: ['трактор', 'Комбайн'] }), tree), 'prefix and case: "тракторов", "комбайнов"');
    assert.ok(!matchesWatch(tractors, query({ words: ['combine', 'bus'] }), tree));
    assert.ok(!matchesWatch(tractors, query({ words: ['arvest'] }), tree), 'not inside a word');
    assert.ok(hasWord('Ёлка', 'елк'));
  });

  test('minimum value: the value, else the quantity; none means no match', () => {
    assert.ok(matchesWatch(tractors, query({ minValue: 100 }), tree));
    assert.ok(!matchesWatch(tractors, query({ minValue: 121 }), tree));
    assert.ok(!matchesWatch({ ...tractors, fields: {} }, query({ minValue: 1 }), tree));
    assert.equal(recordValue({ value: 5e8, quantity: 3 }), 5e8);
  });

  test('webhooks are http(s) URLs', () => {
    assert.equal(checkWebhookUrl('http://127.0.0.1:8080/hook'), null);
    assert.match(checkWebhookUrl('ftp://example.org/x') ?? '', /http or https/);
    assert.match(checkWebhookUrl('not a url') ?? '', /not a URL/);
  });
});
