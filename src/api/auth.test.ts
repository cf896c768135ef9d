import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bearerToken, hashToken, isRole, newToken, roleAtLeast } from './auth.ts';

test('roles are ordered viewer < editor < admin', () => {
  assert.ok(roleAtLeast('admin', 'editor'));
  assert.ok(roleAtLeast('editor', 'editor'));
  assert.ok(!roleAtLeast('viewer', 'editor'));
  assert.ok(!roleAtLeast('editor', 'admin'));
  assert.ok(isRole('viewer') && !isRole('root'));
});

test('the bearer token is read from the Authorization header', () => {
  assert.equal(bearerToken('Bearer imon_abc'), 'imon_abc');
  assert.equal(bearerToken('bearer   imon_abc '), 'imon_abc');
  assert.equal(bearerToken('Basic dXNlcjpwYXNz'), null);
  assert.equal(bearerToken('Bearer'), null);
  assert.equal(bearerToken(undefined), null);
});

test('tokens are random and only their sha-256 is kept', () => {
  const a = newToken();
  const b = newToken();
  assert.match(a, /^imon_[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, b);
  assert.equal(hashToken('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
