import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  answeredWords,
  comparisonInKindOrder,
  describePair,
  groupAccessLog,
  groupIdeasByKind,
  kindPhrase,
  levelsSentence,
  listWords,
  pairSeries,
  visitWords,
  wantDifferenceWords,
  whenWords,
} from './consent';
import type { ComparisonKind } from './consentApi';

const row = (kind: ComparisonKind['kind'], you: number | null, partner: number | null, diff?: number | null): ComparisonKind => ({
  kind,
  you: { have: 50, want: you },
  partner: { have: 50, want: partner },
  want_difference: diff === undefined ? (you !== null && partner !== null ? Math.abs(you - partner) : null) : diff,
});

test('kind phrases read naturally inside a sentence', () => {
  assert.equal(kindPhrase('emotional'), 'emotional closeness');
  assert.equal(kindPhrase('affectionate'), 'affectionate touch');
  assert.equal(kindPhrase('experiential'), 'shared experiences');
  assert.equal(kindPhrase('sexual', 'Sexual'), 'sexual closeness');
});

test('the want difference is named in points, with no winner', () => {
  assert.equal(wantDifferenceWords(row('emotional', 85, 45)), 'Your hopes for emotional closeness differ by 40 points.');
  // The same words whichever of you would like more.
  assert.equal(wantDifferenceWords(row('emotional', 45, 85)), wantDifferenceWords(row('emotional', 85, 45)));
  assert.equal(wantDifferenceWords(row('sexual', 60, 55)), 'Your hopes for sexual closeness are close: 5 points apart.');
  assert.equal(wantDifferenceWords(row('sexual', 60, 61)), 'Your hopes for sexual closeness are close: 1 point apart.');
  assert.equal(wantDifferenceWords(row('spiritual', 70, 70)), 'You both hope for the same amount of spiritual closeness.');
  assert.match(wantDifferenceWords(row('intellectual', null, 70)), /enough answers from both of you/);
  for (const w of [wantDifferenceWords(row('emotional', 85, 45)), wantDifferenceWords(row('sexual', 10, 90))]) {
    assert.doesNotMatch(w, /more than|less than|too|better|worse|should/i);
  }
});

test('the server’s want_difference wins over our own arithmetic', () => {
  assert.equal(wantDifferenceWords(row('emotional', 85, 45, 38)), 'Your hopes for emotional closeness differ by 38 points.');
});

test('both levels are always said, and a missing level is said, not hidden', () => {
  assert.equal(levelsSentence('You', { have: 35, want: 85 }), 'You: how it is 35, would like 85, out of 100.');
  assert.equal(levelsSentence('Your partner', { have: null, want: 70 }), 'Your partner: how it is Not answered, would like 70, out of 100.');
  assert.equal(levelsSentence('You', { have: null, want: null }), 'You: not answered yet.');
});

test('comparison rows come in the usual kind order', () => {
  const out = comparisonInKindOrder([row('spiritual', 1, 2), row('emotional', 1, 2), row('sexual', 1, 2)]);
  assert.deepEqual(out.map((r) => r.kind), ['emotional', 'sexual', 'spiritual']);
});

test('access-log entries of one page view become one visit, newest first, each thing once', () => {
  const visits = groupAccessLog([
    { at: '2026-11-21T06:33:02Z', reader: 'partner', what: 'moments', day: null },
    { at: '2026-11-21T06:33:02Z', reader: 'partner', what: 'profile', day: null },
    { at: '2026-11-21T06:33:02Z', reader: 'partner', what: 'note', day: '2026-11-20' },
    { at: '2026-11-21T06:33:02Z', reader: 'partner', what: 'note', day: '2026-11-18' },
    { at: '2026-11-21T06:33:02Z', reader: 'partner', what: 'moments', day: null },
    { at: '2026-11-19T10:00:00Z', reader: 'partner', what: 'closeness', day: null },
    { at: '2026-11-21T08:00:00Z', reader: 'partner', what: 'insights', day: null },
  ]);
  assert.equal(visits.length, 3);
  assert.deepEqual(visits.map((v) => v.at), ['2026-11-21T08:00:00Z', '2026-11-21T06:33:02Z', '2026-11-19T10:00:00Z']);
  assert.deepEqual(visits[1].what, ['profile', 'moments', 'note']);
  assert.deepEqual(visits[1].noteDays, ['2026-11-18', '2026-11-20']);
  assert.equal(
    visitWords(visits[1], (d) => d),
    'your profile results, your moments and your notes from 2026-11-18 and 2026-11-20',
  );
  assert.equal(visitWords(visits[0]), 'your insights');
});

test('lists read as a sentence', () => {
  assert.equal(listWords([]), '');
  assert.equal(listWords(['a']), 'a');
  assert.equal(listWords(['a', 'b']), 'a and b');
  assert.equal(listWords(['a', 'b', 'c']), 'a, b and c');
});

test('read times say today and yesterday in words', () => {
  const now = new Date(2026, 10, 21, 12, 0);
  const t = () => '09:30';
  assert.equal(whenWords(new Date(2026, 10, 21, 9, 30).toISOString(), now, t), 'Today at 09:30');
  assert.equal(whenWords(new Date(2026, 10, 20, 9, 30).toISOString(), now, t), 'Yesterday at 09:30');
  assert.match(whenWords(new Date(2026, 10, 3, 9, 30).toISOString(), now, t), /3.*at 09:30$/);
});

test('ideas are grouped by kind in the usual order, keeping their own order inside', () => {
  const g = groupIdeasByKind([
    { id: 'a', kind: 'sexual' as const },
    { id: 'b', kind: 'emotional' as const },
    { id: 'c', kind: 'sexual' as const },
  ]);
  assert.deepEqual(g.map((x) => [x.kind, x.ideas.map((i) => i.id)]), [['emotional', ['b']], ['sexual', ['a', 'c']]]);
  assert.equal(answeredWords([{ answer: null }, { answer: 'no' }, { answer: 'yes' }]), '2 of 3 answered');
  assert.equal(answeredWords([{ answer: null }]), '1 idea, none answered yet');
});

test('two people’s closeness: one point per day each, gaps stay gaps', () => {
  const s = pairSeries([{ day: '2026-11-01', closeness: 5 }], [{ day: '2026-11-03', closeness: 3 }, { day: '2026-11-02', closeness: 6 }], '2026-11-01', '2026-11-03');
  assert.deepEqual(s.labels, ['2026-11-01', '2026-11-02', '2026-11-03']);
  assert.deepEqual(s.mine, [5, null, null]);
  assert.deepEqual(s.partner, [null, 6, 3]);
  assert.equal(describePair(s, true), 'You: 1 day with a check-in, average 5 out of 7. Your partner: 2 days with a check-in, average 4.5 out of 7.');
  assert.equal(describePair(s, false), 'Your partner: 2 days with a check-in, average 4.5 out of 7.');
});
