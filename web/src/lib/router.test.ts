import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idSegment, matchPath, matchRoute, normalisePath, shouldIntercept, type ClickInfo } from './router';

test('normalisePath drops query, hash, trailing and repeated slashes', () => {
  assert.equal(normalisePath('/today/'), '/today');
  assert.equal(normalisePath('/a//b?x=1#y'), '/a/b');
  assert.equal(normalisePath(''), '/');
  assert.equal(normalisePath('/'), '/');
  assert.equal(normalisePath('history'), '/history');
});

test('matchPath extracts and decodes parameters', () => {
  assert.deepEqual(matchPath('/practices/:id', '/practices/daily%20talk'), { id: 'daily talk' });
  assert.deepEqual(matchPath('/checkin/:day', '/checkin/2025-06-04/'), { day: '2025-06-04' });
  assert.equal(matchPath('/practices/:id', '/practices'), null);
  assert.equal(matchPath('/practices/:id', '/practices/a/b'), null);
  assert.equal(matchPath('/a/:x', '/a/%E0%A4%A'), null, 'bad escapes do not throw');
});

test('matchRoute takes the first matching route', () => {
  const routes = [
    { pattern: '/profile/take', value: 'take' },
    { pattern: '/profile/:id', value: 'one' },
    { pattern: '/profile', value: 'overview' },
  ];
  assert.equal(matchRoute(routes, '/profile/take')?.value, 'take');
  assert.equal(matchRoute(routes, '/profile/7')?.params.id, '7');
  assert.equal(matchRoute(routes, '/profile?paused=1')?.value, 'overview');
  assert.equal(matchRoute(routes, '/nothing'), null);
});

const click: ClickInfo = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };
const link = (href: string, extra: Partial<{ target: string; download: boolean; external: boolean }> = {}) => ({
  href,
  target: '',
  download: false,
  external: false,
  ...extra,
});
const origin = 'https://rapport.example';

test('shouldIntercept handles plain same-origin app links', () => {
  assert.equal(shouldIntercept(click, link(origin + '/history?x=1#top'), origin), '/history?x=1#top');
});

test('shouldIntercept leaves modified clicks, new tabs, files, API and other origins alone', () => {
  assert.equal(shouldIntercept({ ...click, ctrlKey: true }, link(origin + '/history'), origin), null);
  assert.equal(shouldIntercept({ ...click, button: 1 }, link(origin + '/history'), origin), null);
  assert.equal(shouldIntercept({ ...click, defaultPrevented: true }, link(origin + '/history'), origin), null);
  assert.equal(shouldIntercept(click, link(origin + '/history', { target: '_blank' }), origin), null);
  assert.equal(shouldIntercept(click, link(origin + '/soup.html'), origin), null);
  assert.equal(shouldIntercept(click, link(origin + '/api/v1/me'), origin), null);
  assert.equal(shouldIntercept(click, link('https://elsewhere.example/'), origin), null);
  assert.equal(shouldIntercept(click, link(origin + '/x', { download: true }), origin), null);
  assert.equal(shouldIntercept(click, link(origin + '/x', { external: true }), origin), null);
});

test('idSegment escapes dots so ids never look like file names, and round-trips', () => {
  const seg = idSegment('closeness_trend.up');
  assert.equal(seg, 'closeness_trend%2Eup');
  assert.equal(shouldIntercept(click, link(origin + '/insights/' + seg), origin), '/insights/' + seg);
  assert.deepEqual(matchPath('/insights/:id', '/insights/' + seg), { id: 'closeness_trend.up' });
  assert.equal(idSegment('a b/c'), 'a%20b%2Fc');
});
