import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstSentences, humanise } from './text';

test('firstSentences keeps whole sentences up to the limit', () => {
  const t = 'One short sentence. Another one here. A third that is rather longer than the rest of them.';
  assert.deepEqual(firstSentences(t, 40), { text: 'One short sentence. Another one here.', cut: true });
  assert.deepEqual(firstSentences(t, 500), { text: t, cut: false });
});

test('firstSentences always keeps the first sentence and handles decimals', () => {
  const t = 'Your felt closeness averaged 3.8 out of 7 in the two weeks before last. More follows.';
  const r = firstSentences(t, 10);
  assert.equal(r.cut, true);
  assert.equal(r.text, 'Your felt closeness averaged 3.8 out of 7 in the two weeks before last.');
  assert.deepEqual(firstSentences('No full stop', 5), { text: 'No full stop', cut: false });
});

test('humanise turns ids into words', () => {
  assert.equal(humanise('touch_days_near_sex'), 'Touch days near sex');
  assert.equal(humanise('steady.emotional'), 'Steady emotional');
});
