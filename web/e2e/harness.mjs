// The e2e harness: starts the real rapport server, drives Debian's Chromium through
// playwright-core, runs axe-core on every page, saves screenshots, and counts results.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webRoot = path.resolve(here, '..');
export const repoRoot = path.resolve(webRoot, '..');
export const shotsDir = path.join(repoRoot, 'test-output', 'screenshots');

export const PHONE = { width: 360, height: 640 };
export const DESKTOP = { width: 1280, height: 800 };

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs `rapport <args>` to completion and returns its output. */
export function runCommand(bin, args, timeoutMs = 180000) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, out, err: err + String(e) });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** Starts `rapport serve` on a free port with a fresh data dir; resolves when /healthz answers. */
export async function startServer(bin, { dataDir } = {}) {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'rapport-e2e-')));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--data-dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  // Never leave a server behind: not on a crash, not when the output pipe closes, not on Ctrl-C.
  const killNow = () => {
    if (!exited) child.kill('SIGKILL');
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', killNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => process.exit(130));
  const deadline = Date.now() + 30000;
  for (;;) {
    if (exited) throw new Error(`rapport exited early (${JSON.stringify(exited)}):\n${log.slice(-2000)}`);
    try {
      const res = await fetch(base + '/healthz');
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('rapport did not answer /healthz within 30 s:\n' + log.slice(-2000));
    }
    await sleep(150);
  }
  return {
    base,
    dir,
    log: () => log,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const t = Date.now();
        while (!exited && Date.now() - t < 5000) await sleep(50);
        if (!exited) child.kill('SIGKILL');
      }
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let axeSource = null;
async function axe() {
  if (!axeSource) axeSource = await readFile(path.join(webRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe-core in the page and returns serious/critical violations as readable lines.
 * page.evaluate runs through DevTools, so our strict Content-Security-Policy stays on.
 */
export async function axeProblems(page) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.evaluate(await axe());
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\n').slice(0, 2).join(' ')),
    }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
}

/** Tracks problems a page reports by itself: script errors and CSP violations. */
export function watchPage(page, label) {
  const problems = [];
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message}`));
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) problems.push(`${label}: CSP: ${text}`);
  });
  return problems;
}

export class Results {
  constructor(onFailure = async () => {}) {
    this.onFailure = onFailure;
    this.passed = 0;
    this.failed = 0;
    this.failures = [];
    this.stopped = false;
  }

  /** Runs one named check. After a failure, later steps are reported as failed (not run). */
  async step(name, fn) {
    if (this.stopped) {
      this.failed++;
      this.failures.push(`${name}: not run (an earlier step failed)`);
      console.log(`  - ${name} (not run)`);
      return;
    }
    const t = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`  ✓ ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      this.failed++;
      this.stopped = true;
      const msg = e && e.stack ? e.stack.split('\n').slice(0, 6).join('\n') : String(e);
      this.failures.push(`${name}: ${msg}`);
      console.log(`  ✗ ${name}\n    ${msg.replace(/\n/g, '\n    ')}`);
      await this.onFailure(name).catch(() => {});
    }
  }
}

export async function ensureShotsDir() {
  await mkdir(shotsDir, { recursive: true });
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
