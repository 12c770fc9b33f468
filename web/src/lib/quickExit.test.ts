import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeDetector } from './quickExit';

test('two Escapes close together leave; slow ones do not', () => {
  const detect = escapeDetector(800);
  assert.equal(detect(1000), false);
  assert.equal(detect(1500), true);
  // After leaving, it starts over.
  assert.equal(detect(1600), false);
  assert.equal(detect(3000), false);
  assert.equal(detect(3900), false);
  assert.equal(detect(4500), true);
});
