import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDemoCredentials } from './demo.mjs';

test('reads the first account that `rapport demo` prints', () => {
  const out = `Two linked demo accounts are ready, each with 180 days of check-ins:
  email: alex-haf2@demo.rapport  password: 4kf7UfobblBsWAwc
  email: sam-haf2@demo.rapport  password: 4Ie5enc1t2iSutZy
Start Rapport with \`make run\`.`;
  assert.deepEqual(parseDemoCredentials(out), { email: 'alex-haf2@demo.rapport', password: '4kf7UfobblBsWAwc' });
});

test('returns null when nothing looks like credentials', () => {
  assert.equal(parseDemoCredentials('nothing here'), null);
});
