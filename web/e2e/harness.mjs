// The e2e harness: starts the real rapport server, drives Debian's Chromium through
// playwright-core, runs axe-core on every page, saves screenshots, and counts results.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
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

// ---- What both runners share: the binary, the suite's start and finish, and page helpers. ----

export const rapportBin = path.resolve(webRoot, process.env.RAPPORT_BIN || '../build/app/rapport');

/** The local calendar day `offset` days from today, as YYYY-MM-DD. */
export function localDay(offset = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * One e2e run: the server, the browser, the problems every page reports and the results.
 * When a step fails, every open page is photographed as `<failedShotPrefix>N.png`.
 */
export class Suite {
  constructor({ failedShotPrefix, fullPageOnFailure = false }) {
    this.server = null;
    this.browser = null;
    this.pageProblems = [];
    this.results = new Results(async () => {
      let i = 0;
      for (const context of this.browser?.contexts() ?? []) {
        for (const page of context.pages()) {
          const file = path.join(shotsDir, `${failedShotPrefix}${++i}.png`);
          await page.screenshot({ path: file, fullPage: fullPageOnFailure }).catch(() => {});
        }
      }
    });
  }

  /** Starts the server (on `dataDir` if given, else a fresh one) and the browser. */
  async start({ dataDir } = {}) {
    this.server = await startServer(rapportBin, { dataDir });
    console.log(`server: ${this.server.base} (data dir ${this.server.dir})`);
    await noteStaleServerBuild(this.server);
    this.browser = await launchBrowser();
  }

  /** A fresh browser context (its own cookies) at phone size, with its page watched for problems. */
  async newPartner(label) {
    const context = await this.browser.newContext({ viewport: PHONE, baseURL: this.server.base, reducedMotion: 'reduce' });
    const page = await context.newPage();
    this.pageProblems.push(watchPage(page, label));
    return { context, page };
  }

  /** The last step of every run: no page reported a script error or a CSP violation. */
  async checkNoPageProblems() {
    const problems = this.pageProblems.flat();
    await this.results.step('no script errors or Content-Security-Policy violations in any page', async () => {
      assert(problems.length === 0, problems.join('\n'));
    });
  }

  /** Runs `main`, always closes the browser and stops the server, prints the summary and exits. */
  async run(main, { afterStop = async () => {} } = {}) {
    const { results } = this;
    let exitCode = 1;
    try {
      console.log(`rapport binary: ${rapportBin}`);
      assert(existsSync(rapportBin), `no rapport binary at ${rapportBin} (build it, or set RAPPORT_BIN)`);
      await ensureShotsDir();
      await main();
      exitCode = results.failed === 0 ? 0 : 1;
    } catch (e) {
      results.failed++;
      console.log('✗ e2e setup failed: ' + (e && e.stack ? e.stack : e));
      if (this.server) console.log('--- server log (tail) ---\n' + this.server.log().slice(-3000));
    } finally {
      await this.browser?.close().catch(() => {});
      await this.server?.stop().catch(() => {});
      await afterStop().catch(() => {});
    }
    if (results.failures.length) console.log('\nFailures:\n- ' + results.failures.join('\n- '));
    console.log(`\nScreenshots: ${shotsDir}`);
    console.log(`${results.passed} passed, ${results.failed} failed`);
    process.exit(exitCode);
  }
}

/** The server embeds web/dist when it is built: says so when it serves another build than web/dist. */
async function noteStaleServerBuild(server) {
  const served = await (await fetch(server.base + '/')).text();
  const built = await readFile(path.join(webRoot, 'dist', 'index.html'), 'utf8').catch(() => '');
  const assets = (html) => (html.match(/assets\/app-[A-Za-z0-9]+\.(?:js|css)/g) || []).sort().join(' + ');
  if (built && assets(served) !== assets(built)) {
    console.log(`  note: the server embeds ${assets(served) || 'another build'}, web/dist has ${assets(built)}; rebuild the server to test the latest web app.`);
  }
}

export async function heading(page, text) {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10000 });
}

export async function signUp(page, email, password) {
  await page.goto('/signup');
  await heading(page, 'Create your account');
  await fillAndSubmitCredentials(page, email, password, 'Create account');
  await heading(page, 'Today');
}

export async function logIn(page, email, password) {
  await page.goto('/login');
  await heading(page, 'Sign in');
  await fillAndSubmitCredentials(page, email, password, 'Sign in');
  await heading(page, 'Today');
}

/** Types email and password into the sign-in or sign-up form on the page and presses `button`. */
export async function fillAndSubmitCredentials(page, email, password, button) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: button }).click();
}

/** On /partner: creates a one-time invite code and returns it. */
export async function createInviteCode(page) {
  await page.getByRole('button', { name: 'Create an invite code' }).click();
  return (await page.locator('.invite-code code').textContent()).trim();
}

/** On /partner: links with the partner who created `code`. */
export async function joinWithInviteCode(page, code) {
  await page.getByLabel('Invite code').fill(code);
  await page.getByRole('button', { name: 'Link with my partner' }).click();
  await page.getByRole('heading', { name: 'You are linked with your partner' }).waitFor();
}

/** On a profile question: answers it (`want` only where the screen asks two questions) and goes on. */
export async function answerProfileScreen(page, have, want) {
  const groups = page.locator('fieldset.scale-question');
  await groups.first().waitFor();
  const n = await groups.count();
  await groups.nth(0).locator(`label.scale-option:has(input[value="${have}"])`).click();
  if (n > 1) await groups.nth(1).locator(`label.scale-option:has(input[value="${want}"])`).click();
  await page.getByRole('button', { name: 'Next' }).click();
}

/** Fills a check-in on the current check-in page and saves it. */
export async function checkIn(page, { closeness, moments = [], feelings = [], afterSex, conflict, note, shareNote }) {
  await page.locator('form.checkin').waitFor();
  await page.locator(`label.scale-option:has(input[name="closeness"][value="${closeness}"])`).click();
  for (const m of moments) await page.getByRole('checkbox', { name: m, exact: true }).check();
  for (const f of feelings) await page.getByRole('checkbox', { name: f, exact: true }).check();
  if (afterSex) await page.getByRole('radio', { name: afterSex, exact: true }).check();
  if (conflict) await page.getByRole('radio', { name: conflict, exact: true }).check();
  if (note !== undefined) await page.getByLabel('A note, just for you').fill(note);
  if (shareNote) await page.getByRole('switch', { name: 'Let my partner read this note' }).check();
  await page.getByRole('button', { name: /Save check-in|Save changes/ }).click();
  await page.getByText(/Saved\. Thank you for checking in\.|Saved your changes\./).waitFor();
}

/**
 * Shows the page at each of `views` ([label, viewport size, colour scheme]) scrolled to the top,
 * calls `atView(label, size, scheme)` there, collects axe problems, and restores the page.
 * Returns the axe problems, each marked with its view.
 */
export async function eachView(page, views, atView) {
  const original = page.viewportSize();
  const problems = [];
  for (const [label, size, scheme] of views) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await atView(label, size, scheme);
    for (const p of await axeProblems(page)) problems.push(`[${label}] ${p}`);
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.setViewportSize(original ?? PHONE);
  return problems;
}
