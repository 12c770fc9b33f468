import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, addMonths, daysBetween, daysInMonth, isDay, localDay, weekdayIndex } from './dates';

test('isDay accepts real calendar days only', () => {
  assert.equal(isDay('2024-02-29'), true);
  assert.equal(isDay('2025-02-29'), false);
  assert.equal(isDay('2025-13-01'), false);
  assert.equal(isDay('2025-1-01'), false);
});

test('day arithmetic crosses months, years and DST changes', () => {
  assert.equal(addDays('2025-03-30', 1), '2025-03-31');
  assert.equal(addDays('2025-03-31', 1), '2025-04-01');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
  assert.equal(daysBetween('2025-03-01', '2025-04-01'), 31);
  assert.equal(addMonths('2025-01', -1), '2024-12');
  assert.equal(daysInMonth('2024-02'), 29);
});

test('weekdayIndex is Monday-first', () => {
  assert.equal(weekdayIndex('2025-06-02'), 0); // a Monday
  assert.equal(weekdayIndex('2025-06-01'), 6); // a Sunday
});

test('localDay uses the local calendar, not UTC', () => {
  assert.equal(localDay(new Date(2025, 0, 31, 23, 59)), '2025-01-31');
});
