import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_BYTES, assetsOf, checkBudget, gzipSize } from './budget.mjs';

test('assetsOf finds scripts, stylesheets and icons, once each', () => {
  const html = `<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/assets/app-1.css">
    <script type="module" src='/assets/app-2.js'></script><link rel="canonical" href="/x">
    <link rel=stylesheet href=/assets/app-1.css>`;
  assert.deepEqual(assetsOf(html), ['favicon.svg', 'assets/app-1.css', 'assets/app-2.js']);
});

test('assetsOf refuses third-party origins', () => {
  assert.throws(() => assetsOf('<script src="https://cdn.example/x.js"></script>'), /another origin/);
  assert.throws(() => assetsOf('<link rel="stylesheet" href="//fonts.example/a.css">'), /another origin/);
});

test('checkBudget passes at the limit and fails one byte over', () => {
  assert.equal(checkBudget([{ gzip: BUDGET_BYTES }]).ok, true);
  const over = checkBudget([{ gzip: BUDGET_BYTES - 10 }, { gzip: 11 }]);
  assert.equal(over.ok, false);
  assert.equal(over.left, -1);
});

test('gzipSize compresses repetitive text', () => {
  assert.ok(gzipSize(Buffer.from('a'.repeat(10000))) < 100);
});
