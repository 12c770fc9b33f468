import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Checkin, ProfileResult } from '../api/types';
import { changeBetween, closenessSeries, describeCloseness, gapWords, radarShape } from './chartData';

const c = (day: string, closeness: number): Checkin => ({
  day,
  closeness,
  moments: [],
  feelings: [],
  conflict: 'none',
  after_sex: null,
  note: '',
});

test('closenessSeries has one point per day, with gaps as null', () => {
  const s = closenessSeries([c('2025-03-01', 4), c('2025-03-03', 6)], '2025-03-01', '2025-03-04');
  assert.deepEqual(s.labels, ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']);
  assert.deepEqual(s.values, [4, null, 6, null]);
  assert.equal(s.checkedInDays, 2);
});

test('the rolling average uses only days with a check-in', () => {
  const s = closenessSeries([c('2025-03-01', 4), c('2025-03-03', 6)], '2025-03-01', '2025-03-04', 7);
  assert.deepEqual(s.average, [4, 4, 5, 5]);
  const empty = closenessSeries([], '2025-03-01', '2025-03-02');
  assert.deepEqual(empty.average, [null, null]);
});

test('closenessSeries crosses month ends and daylight-saving changes', () => {
  const s = closenessSeries([], '2025-03-29', '2025-04-01');
  assert.deepEqual(s.labels, ['2025-03-29', '2025-03-30', '2025-03-31', '2025-04-01']);
});

test('describeCloseness says the numbers in words', () => {
  const s = closenessSeries([c('2025-03-01', 4), c('2025-03-03', 7)], '2025-03-01', '2025-03-04');
  assert.equal(describeCloseness(s), 'Felt closeness on 2 days with a check-in: average 5.5 out of 7, lowest 4, highest 7.');
  assert.equal(describeCloseness(closenessSeries([], '2025-03-01', '2025-03-01')), 'No check-ins in this period yet.');
});

const result = (kinds: ProfileResult['kinds']): ProfileResult => ({
  id: 1,
  taken_at: '2025-01-01T10:00:00Z',
  version: 1,
  kinds,
  comfort: { score: 50, scored: true },
});

test('radarShape orders kinds and keeps unscored kinds as gaps, not zeros', () => {
  const r = result([
    { kind: 'sexual', have: 40, want: 60, gap: 20, scored: true },
    { kind: 'emotional', have: 70, want: 80, gap: 10, scored: true },
    { kind: 'spiritual', have: null, want: null, gap: null, scored: false },
  ]);
  const shape = radarShape(r);
  assert.deepEqual(shape.kinds, ['emotional', 'sexual', 'spiritual']);
  assert.deepEqual(shape.have, [70, 40, null]);
  assert.deepEqual(shape.want, [80, 60, null]);
});

test('gapWords never judges the amount', () => {
  assert.equal(gapWords({ kind: 'sexual', have: 50, want: 55, gap: 5, scored: true }), 'About as you’d like it');
  assert.equal(gapWords({ kind: 'sexual', have: 20, want: 60, gap: 40, scored: true }), 'You’d like more (40 points)');
  assert.equal(gapWords({ kind: 'sexual', have: 80, want: 30, gap: -50, scored: true }), 'You’d like less (50 points)');
  assert.equal(gapWords({ kind: 'sexual', have: null, want: null, gap: null, scored: false }), 'Not enough answers yet');
});

test('changeBetween compares takes per kind', () => {
  const before = result([{ kind: 'emotional', have: 40, want: 80, gap: 40, scored: true }]);
  const after = result([{ kind: 'emotional', have: 55, want: 75, gap: 20, scored: true }]);
  assert.deepEqual(changeBetween(before, after), [{ kind: 'emotional', have: 15, want: -5 }]);
});
