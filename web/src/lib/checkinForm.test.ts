import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Catalogue } from '../api/types';
import { EMPTY_FORM, formFromCheckin, hasSex, momentGroups, sameForm, setConflict, toInput, toggleMoment } from './checkinForm';

const catalogue: Catalogue = {
  version: 1,
  kinds: [],
  moments: [
    { id: 'shared_feeling', label: 'Shared a feeling', kinds: ['emotional'] },
    { id: 'hug', label: 'Hugged', kinds: ['affectionate'] },
    { id: 'sex', label: 'Had sex', kinds: ['sexual'], is_sex: true },
    { id: 'conflict', label: 'Had a disagreement', kinds: ['emotional'], is_conflict: true },
  ],
  feelings: [],
  after_sex: [],
  conflict: [],
};
const M = catalogue.moments;

test('unticking sex forgets the after-sex answer', () => {
  let f = toggleMoment(EMPTY_FORM, 'sex', M);
  assert.equal(hasSex(f, M), true);
  f = { ...f, afterSex: 'closer' };
  f = toggleMoment(f, 'hug', M);
  assert.equal(f.afterSex, 'closer', 'other moments leave it alone');
  f = toggleMoment(f, 'sex', M);
  assert.equal(hasSex(f, M), false);
  assert.equal(f.afterSex, null);
});

test('the conflict moment follows the conflict question', () => {
  let f = setConflict(EMPTY_FORM, 'unresolved', M);
  assert.deepEqual(f.moments, ['conflict']);
  f = setConflict(f, 'resolved', M);
  assert.deepEqual(f.moments, ['conflict']);
  f = setConflict(f, 'none', M);
  assert.deepEqual(f.moments, []);
});

test('toInput needs felt closeness and drops what does not apply', () => {
  const missing = toInput(EMPTY_FORM, M);
  assert.ok('field' in missing && missing.field === 'closeness');
  const ok = toInput({ ...EMPTY_FORM, closeness: 5, moments: ['hug', 'hug'], afterSex: 'closer', note: '   ' }, M);
  assert.ok('input' in ok);
  assert.deepEqual(ok.input, { moments: ['hug'], closeness: 5, feelings: [], conflict: 'none' });
  const withSex = toInput({ ...EMPTY_FORM, closeness: 3, moments: ['sex'], afterSex: 'distant', note: 'hm' }, M);
  assert.ok('input' in withSex);
  assert.equal(withSex.input.after_sex, 'distant');
  assert.equal(withSex.input.note, 'hm');
});

test('momentGroups groups by first kind and leaves the conflict moment to its own question', () => {
  const groups = momentGroups(catalogue);
  assert.deepEqual(
    groups.map((g) => [g.kind, g.moments.map((m) => m.id)]),
    [
      ['emotional', ['shared_feeling']],
      ['affectionate', ['hug']],
      ['sexual', ['sex']],
    ],
  );
});

test('sameForm ignores order; formFromCheckin round-trips', () => {
  const f = formFromCheckin({ day: 'd', moments: ['hug', 'sex'], closeness: 4, feelings: ['calm'], conflict: 'none', after_sex: null, note: '' });
  assert.ok(sameForm(f, { ...f, moments: ['sex', 'hug'] }));
  assert.ok(!sameForm(f, { ...f, note: 'x' }));
});
