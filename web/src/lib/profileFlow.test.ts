import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProfileItems } from '../api/types';
import { answeredCount, buildSteps, cleanAnswers, emptyAnswers, resumeIndex, setAnswer, underAnsweredKinds } from './profileFlow';

const items: ProfileItems = {
  version: 1,
  scale: { min: 1, max: 5, labels: ['a', 'b', 'c', 'd', 'e'] },
  items: [
    { id: 's1', kind: 'sexual', text: 'S1' },
    { id: 'e1', kind: 'emotional', text: 'E1' },
    { id: 'e2', kind: 'emotional', text: 'E2' },
    { id: 's2', kind: 'sexual', text: 'S2' },
  ],
  comfort_items: [{ id: 'c1', text: 'C1' }],
};

test('steps go kind by kind, then comfort', () => {
  assert.deepEqual(
    buildSteps(items).map((s) => s.id),
    ['e1', 'e2', 's1', 's2', 'c1'],
  );
});

test('an item counts as answered only with both have and want', () => {
  const steps = buildSteps(items);
  let a = setAnswer(emptyAnswers(), 'have', 'e1', 3);
  assert.equal(answeredCount(steps, a), 0);
  a = setAnswer(a, 'want', 'e1', 4);
  assert.equal(answeredCount(steps, a), 1);
  assert.equal(resumeIndex(steps, a), 1);
});

test('resumeIndex stays on the last step when everything is answered', () => {
  const steps = buildSteps(items);
  let a = emptyAnswers();
  for (const s of steps) {
    if (s.type === 'item') a = setAnswer(setAnswer(a, 'have', s.id, 2), 'want', s.id, 4);
    else a = setAnswer(a, 'comfort', s.id, 3);
  }
  assert.equal(resumeIndex(steps, a), steps.length - 1);
});

test('cleanAnswers drops unknown items and values off the scale', () => {
  const steps = buildSteps(items);
  const cleaned = cleanAnswers(steps, { have: { e1: 3, gone: 2, e2: 9 }, want: { e1: 2.5 }, comfort: { c1: 1 } }, 1, 5);
  assert.deepEqual(cleaned, { have: { e1: 3 }, want: {}, comfort: { c1: 1 } });
  assert.deepEqual(cleanAnswers(steps, null, 1, 5), emptyAnswers());
});

test('underAnsweredKinds lists kinds below 80% answered', () => {
  const steps = buildSteps(items);
  let a = emptyAnswers();
  a = setAnswer(setAnswer(a, 'have', 'e1', 2), 'want', 'e1', 4);
  a = setAnswer(setAnswer(a, 'have', 'e2', 2), 'want', 'e2', 4);
  a = setAnswer(setAnswer(a, 'have', 's1', 2), 'want', 's1', 4);
  assert.deepEqual(underAnsweredKinds(steps, a), ['sexual']);
});
