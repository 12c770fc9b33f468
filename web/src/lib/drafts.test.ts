import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DraftStore } from './drafts';

test('a draft stays until the saved version is confirmed', () => {
  const d = new DraftStore<{ note: string }>();
  const first = { note: 'first' };
  d.set('2025-06-01', first);
  // Saving fails: nothing settles, the draft is still there.
  assert.equal(d.get('2025-06-01'), first);
  d.settle('2025-06-01', first);
  assert.equal(d.has('2025-06-01'), false);
});

test('typing during a save keeps the newer draft', () => {
  const d = new DraftStore<{ note: string }>();
  const sent = { note: 'sent' };
  d.set('k', sent);
  const newer = { note: 'sent, and more' };
  d.set('k', newer);
  d.settle('k', sent);
  assert.equal(d.get('k'), newer);
});

test('clear forgets everything (sign out, quick exit)', () => {
  const d = new DraftStore<number>();
  d.set('a', 1);
  d.set('b', 2);
  assert.deepEqual(d.keys(), ['a', 'b']);
  d.clear();
  assert.deepEqual(d.keys(), []);
});
