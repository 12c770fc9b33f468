import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiError, createClient, describeError, errorFromResponse, parseRetryAfter } from './client';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fn: fn as typeof fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const noSleep = { sleep: async () => {} };

test('GET sends cookies same-origin and no CSRF header; POST/PUT/DELETE send CSRF and JSON', async () => {
  const f = fakeFetch([json(200, { ok: 1 }), json(201, { id: 1 }), json(200, {}), new Response(null, { status: 204 })]);
  const c = createClient({ fetch: f.fn, ...noSleep });
  assert.deepEqual(await c.get('/me'), { ok: 1 });
  await c.post('/invites');
  await c.put('/checkins/2025-01-01', { closeness: 4 });
  assert.equal(await c.del('/partner'), undefined);
  const [get, post, put, del] = f.calls;
  assert.equal(get.url, '/api/v1/me');
  assert.equal(get.init.credentials, 'same-origin');
  const h = (call: Call) => call.init.headers as Record<string, string>;
  assert.equal(h(get)['X-Rapport-CSRF'], undefined);
  for (const call of [post, put, del]) {
    assert.equal(h(call)['X-Rapport-CSRF'], '1');
    assert.equal(h(call)['Content-Type'], 'application/json');
    assert.equal(call.init.credentials, 'same-origin');
  }
  assert.equal(post.init.body, '{}', 'an empty POST still sends a JSON object');
  assert.equal(put.init.body, '{"closeness":4}');
  assert.equal(del.init.body, undefined);
});

test('server errors keep code, message and field', async () => {
  const f = fakeFetch([json(400, { error: { code: 'invalid', message: 'Felt closeness must be 1 to 7.', field: 'closeness' } })]);
  const c = createClient({ fetch: f.fn, ...noSleep });
  await assert.rejects(c.put('/checkins/2025-01-01', {}), (e: unknown) => {
    assert.ok(e instanceof ApiError);
    assert.equal(e.status, 400);
    assert.equal(e.code, 'invalid');
    assert.equal(e.field, 'closeness');
    assert.equal(e.message, 'Felt closeness must be 1 to 7.');
    return true;
  });
});

test('a non-JSON error body becomes a calm fallback message', async () => {
  const e = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 500 }));
  assert.equal(e.code, 'internal');
  assert.match(e.message, /Nothing you entered was lost/);
});

test('idempotent requests retry after a network failure and then succeed', async () => {
  const f = fakeFetch([new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), json(200, { day: 'x' })]);
  const delays: number[] = [];
  const c = createClient({ fetch: f.fn, sleep: async (ms) => void delays.push(ms), retryDelays: [10, 20] });
  assert.deepEqual(await c.put('/checkins/x', { closeness: 3 }), { day: 'x' });
  assert.equal(f.calls.length, 3);
  assert.deepEqual(delays, [10, 20]);
});

test('after the last retry a network failure is reported as code "network"', async () => {
  const f = fakeFetch([new TypeError('x'), new TypeError('x'), new TypeError('x')]);
  const c = createClient({ fetch: f.fn, ...noSleep, retryDelays: [1, 1] });
  await assert.rejects(c.get('/me'), (e: unknown) => e instanceof ApiError && e.isNetwork && e.status === 0);
  assert.equal(f.calls.length, 3);
});

test('POST is not repeated unless the caller says it is safe', async () => {
  const f = fakeFetch([new TypeError('x')]);
  const c = createClient({ fetch: f.fn, ...noSleep });
  await assert.rejects(c.post('/practices/a/done', { felt_closer: 4 }), (e: unknown) => e instanceof ApiError && e.isNetwork);
  assert.equal(f.calls.length, 1);
  const g = fakeFetch([new TypeError('x'), new Response(null, { status: 204 })]);
  const c2 = createClient({ fetch: g.fn, ...noSleep });
  await c2.post('/logout', undefined, { retry: true });
  assert.equal(g.calls.length, 2);
});

test('503 is retried; 400 and 409 are not', async () => {
  const f = fakeFetch([json(503, { error: { code: 'unavailable', message: 'busy' } }), json(200, { ok: true })]);
  const c = createClient({ fetch: f.fn, ...noSleep });
  assert.deepEqual(await c.get('/insights'), { ok: true });
  const g = fakeFetch([json(409, { error: { code: 'conflict', message: 'taken' } })]);
  const c2 = createClient({ fetch: g.fn, ...noSleep });
  await assert.rejects(c2.put('/x', {}), (e: unknown) => e instanceof ApiError && e.code === 'conflict');
  assert.equal(g.calls.length, 1);
});

test('429 carries Retry-After and the message says when to try again', async () => {
  const f = fakeFetch([json(429, { error: { code: 'too_many_requests', message: 'Too many attempts.' } }, { 'Retry-After': '900' })]);
  const c = createClient({ fetch: f.fn, ...noSleep });
  const e = await c.post('/login', {}).catch((x) => x);
  assert.ok(e instanceof ApiError);
  assert.equal(e.retryAfter, 900);
  assert.equal(describeError(e), 'Too many attempts. You can try again in 15 minutes.');
  assert.equal(f.calls.length, 1);
  const said = new ApiError(429, 'too_many_requests', 'Please wait 15 minutes and try again.', undefined, 900);
  assert.equal(describeError(said), 'Please wait 15 minutes and try again.', 'no second "try again in"');
});

test('401 tells the app the session ended, unless the caller expects it', async () => {
  const ended: string[] = [];
  const f = fakeFetch([json(401, { error: { code: 'unauthenticated', message: 'Sign in.' } }), json(401, { error: { code: 'unauthenticated', message: 'No match.' } })]);
  const c = createClient({ fetch: f.fn, ...noSleep, onUnauthenticated: (p) => ended.push(p) });
  await assert.rejects(c.get('/insights'));
  await assert.rejects(c.post('/login', {}, { expectUnauthenticated: true }));
  assert.deepEqual(ended, ['/insights']);
});

test('parseRetryAfter reads seconds and HTTP dates', () => {
  assert.equal(parseRetryAfter('120'), 120);
  assert.equal(parseRetryAfter(null), undefined);
  assert.equal(parseRetryAfter('soon'), undefined);
  const future = new Date(Date.now() + 60_000).toUTCString();
  const s = parseRetryAfter(future)!;
  assert.ok(s > 50 && s <= 61, String(s));
});

test('describeError adds what was kept', () => {
  const e = new ApiError(0, 'network', 'We couldn’t reach Rapport.');
  assert.equal(describeError(e, 'Your check-in is still here.'), 'We couldn’t reach Rapport. Your check-in is still here.');
  assert.equal(describeError(new Error('boom')), 'Something unexpected went wrong.');
});
