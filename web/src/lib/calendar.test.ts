import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Checkin, MomentDef } from '../api/types';
import { groupMomentsByKind, kindDayCounts, kindsOf, monthGrid, summariseDays } from './calendar';

const moments: MomentDef[] = [
  { id: 'shared_feeling', label: 'Shared a feeling', kinds: ['emotional'] },
  { id: 'talked', label: 'Talked', kinds: ['emotional', 'intellectual'] },
  { id: 'hug', label: 'Hugged', kinds: ['affectionate'] },
  { id: 'sex', label: 'Had sex', kinds: ['sexual'], is_sex: true },
];

const checkin = (day: string, ids: string[], closeness = 4): Checkin => ({
  day,
  moments: ids,
  closeness,
  feelings: [],
  conflict: 'none',
  after_sex: null,
  note: '',
});

test('monthGrid starts weeks on Monday and pads with nulls', () => {
  // June 2025 starts on a Sunday and has 30 days.
  const weeks = monthGrid('2025-06');
  assert.equal(weeks[0].filter((d) => d === null).length, 6);
  assert.equal(weeks[0][6], '2025-06-01');
  assert.ok(weeks.every((w) => w.length === 7));
  assert.equal(weeks.flat().filter(Boolean).length, 30);
  assert.equal(weeks[weeks.length - 1][0], '2025-06-30');
});

test('monthGrid handles leap years', () => {
  assert.equal(monthGrid('2024-02').flat().filter(Boolean).length, 29);
  assert.equal(monthGrid('2025-02').flat().filter(Boolean).length, 28);
});

test('summariseDays counts each kind a moment touches, once per moment', () => {
  const map = summariseDays([checkin('2025-06-02', ['talked', 'shared_feeling', 'talked', 'unknown_id'], 6)], moments);
  const s = map.get('2025-06-02')!;
  assert.equal(s.momentCount, 2);
  assert.equal(s.closeness, 6);
  assert.deepEqual(s.kinds, { emotional: 2, intellectual: 1 });
  assert.deepEqual(kindsOf(s), ['emotional', 'intellectual']);
});

test('kindDayCounts counts days per kind within the month only', () => {
  const map = summariseDays(
    [checkin('2025-06-02', ['hug', 'sex']), checkin('2025-06-03', ['hug']), checkin('2025-07-01', ['hug'])],
    moments,
  );
  const counts = kindDayCounts(map.values(), '2025-06');
  assert.equal(counts.affectionate, 2);
  assert.equal(counts.sexual, 1);
  assert.equal(counts.emotional, 0);
});

test('groupMomentsByKind groups by first kind, in kind order', () => {
  const groups = groupMomentsByKind(['sex', 'hug', 'talked', 'shared_feeling'], moments);
  assert.deepEqual(
    groups.map((g) => [g.kind, g.moments.map((m) => m.id)]),
    [
      ['emotional', ['talked', 'shared_feeling']],
      ['affectionate', ['hug']],
      ['sexual', ['sex']],
    ],
  );
});
