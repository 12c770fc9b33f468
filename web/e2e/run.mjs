// End-to-end tests of the web app against the real rapport server, in Debian's Chromium.
//
//   RAPPORT_BIN=../build/app/rapport npm run e2e
//
// Two partners in two browser contexts sign up, pair, check in over several days (the after-sex
// question appears only with sex; a failed save keeps the draft and retries), take the profile
// with a pause, see results, open an insight and a practice, look at history and cards, manage
// their account, unlink, sign out and delete the account. axe-core runs on every page; every
// page is photographed at 360×640 and 1280×800 (and in dark mode on the phone) under
// test-output/screenshots/. The server is stopped at the end, also on failure.
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  DESKTOP,
  PHONE,
  Suite,
  answerProfileScreen,
  assert,
  checkIn,
  createInviteCode,
  eachView,
  fillAndSubmitCredentials,
  heading,
  joinWithInviteCode,
  localDay,
  logIn,
  rapportBin,
  runCommand,
  shotsDir,
  signUp,
} from './harness.mjs';
import { parseDemoCredentials } from './demo.mjs';

// If whoever reads our output goes away (e.g. `| head`), stop cleanly: the exit hook stops the server.
process.stdout.on('error', () => process.exit(1));
// When a step fails, photograph every open page to show what it looked like.
const suite = new Suite({ failedShotPrefix: 'FAILED-' });
const { results } = suite;

const shotCounts = new Map();

/** axe + screenshots at phone and desktop size (and phone in dark mode) for the current page. */
async function review(page, name, { dark = true } = {}) {
  const n = (shotCounts.get(name) ?? 0) + 1;
  shotCounts.set(name, n);
  const file = n > 1 ? `${name}-${n}` : name;
  const views = [
    ['phone', PHONE, 'light'],
    ['desktop', DESKTOP, 'light'],
    ...(dark ? [['phone-dark', PHONE, 'dark']] : []),
  ];
  const problems = await eachView(page, views, async (label, size, scheme) => {
    await page.waitForTimeout(120);
    // What a person sees first, at exactly this size…
    await page.screenshot({ path: path.join(shotsDir, `${file}.${label}.png`) });
    // …and the rest of the page, one screenful at a time, as a person scrolling would see it.
    if (scheme === 'light') {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = size.height - 160;
      for (let i = 1, y = step; y < height - size.height + step && i < 10; i++, y += step) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(60);
        await page.screenshot({ path: path.join(shotsDir, `${file}.${label}.scroll${i}.png`) });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
  assert(problems.length === 0, `axe found serious/critical problems on ${name}:\n  ${problems.join('\n  ')}`);
}

async function main() {
  // Demo data (two linked accounts with months of check-ins) gives the insight engine enough to say
  // something; the test's own partners have only a few days.
  let demo = null;
  const dataDirFromDemo = await (async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'rapport-e2e-'));
    const r = await runCommand(rapportBin, ['demo', '--data-dir', dir]);
    if (r.code === 0) demo = parseDemoCredentials(r.out + '\n' + r.err);
    else console.log(`  (rapport demo unavailable: exit ${r.code}; ${(r.err || r.out).trim().split('\n').pop()})`);
    return dir;
  })();
  // The data dir goes at exit whatever happens (the server is stopped first by the harness).
  process.on('exit', () => rmSync(dataDirFromDemo, { recursive: true, force: true }));
  await suite.start({ dataDir: dataDirFromDemo });

  const stamp = Date.now().toString(36);
  const A = { email: `alex.${stamp}@example.org`, password: 'a quiet morning by the sea', newPassword: 'another calm evening walk' };
  const B = { email: `sam.${stamp}@example.org`, password: 'tea and long conversations' };
  const a = await suite.newPartner('partner A');
  const b = await suite.newPartner('partner B');
  const today = localDay();

  await results.step('signed-out visitors land on sign in; login and signup pages are accessible', async () => {
    await a.page.goto('/');
    await heading(a.page, 'Sign in');
    assert(new URL(a.page.url()).pathname === '/login', 'expected /login, got ' + a.page.url());
    await review(a.page, '01-login');
    await a.page.getByRole('link', { name: 'Create an account' }).click();
    await heading(a.page, 'Create your account');
    await review(a.page, '02-signup');
  });

  await results.step('sign up refuses a weak password with a clear message, then succeeds', async () => {
    await fillAndSubmitCredentials(a.page, A.email, 'short', 'Create account');
    await a.page.getByText('Please use at least 10 characters').waitFor();
    await review(a.page, '03-signup-weak-password', { dark: false });
    await a.page.getByLabel('Password', { exact: true }).fill(A.password);
    await a.page.getByRole('button', { name: 'Create account' }).click();
    await heading(a.page, 'Today');
    await review(a.page, '04-today-empty');
  });

  await results.step('a second partner signs up in another browser; a taken email is refused calmly', async () => {
    await b.page.goto('/signup');
    await fillAndSubmitCredentials(b.page, A.email, B.password, 'Create account');
    await b.page.locator('.notice-error, .field-error').first().waitFor();
    await signUp(b.page, B.email, B.password);
  });

  await results.step('partners pair with a one-time invite code', async () => {
    await a.page.getByRole('link', { name: 'More' }).click();
    await heading(a.page, 'More');
    await review(a.page, '05-more');
    await a.page.getByRole('link', { name: /Your partner/ }).click();
    await heading(a.page, 'Your partner');
    await review(a.page, '06-partner-unlinked', { dark: false });
    const code = await createInviteCode(a.page);
    assert(code.length >= 6, 'invite code looks wrong: ' + code);
    await review(a.page, '07-partner-invite');

    await b.page.goto('/partner');
    await heading(b.page, 'Your partner');
    await b.page.getByLabel('Invite code').fill('WRONG-CODE-0000');
    await b.page.getByRole('button', { name: 'Link with my partner' }).click();
    await b.page.locator('#invite-code-error').waitFor();
    await review(b.page, '08-partner-wrong-code', { dark: false });
    await joinWithInviteCode(b.page, code);
    await a.page.reload();
    await a.page.getByRole('heading', { name: 'You are linked with your partner' }).waitFor();
    await review(a.page, '09-partner-linked');
  });

  await results.step('check-in: the after-sex question appears only when sex is ticked', async () => {
    await a.page.getByRole('link', { name: 'Today' }).click();
    await heading(a.page, 'Today');
    const afterSex = a.page.getByRole('group', { name: 'Afterwards, did you feel…' });
    assert((await afterSex.count()) === 0, 'after-sex question visible before sex is ticked');
    await a.page.getByRole('checkbox', { name: 'Had sex', exact: true }).check();
    await afterSex.waitFor();
    await a.page.getByRole('checkbox', { name: 'Had sex', exact: true }).uncheck();
    await afterSex.waitFor({ state: 'detached' });
    await a.page.getByRole('checkbox', { name: 'Had sex', exact: true }).check();
    await afterSex.waitFor();
    await a.page.getByRole('radio', { name: 'Closer', exact: true }).check();
    await review(a.page, '10-today-after-sex');
  });

  await results.step('check-in for today is saved in one go', async () => {
    await checkIn(a.page, {
      closeness: 6,
      moments: ['Shared a feeling', 'Hugged or kissed', 'Laughed together'],
      feelings: ['Connected', 'Calm'],
      note: 'A slow breakfast together.',
    });
    await review(a.page, '11-today-saved');
    const stored = await a.page.evaluate(async (day) => (await fetch('/api/v1/checkins/' + day)).json(), today);
    assert(stored.closeness === 6 && stored.moments.includes('sex') && stored.after_sex === 'closer', 'stored check-in differs: ' + JSON.stringify(stored));
  });

  await results.step('earlier days can be checked in and edited', async () => {
    await a.page.getByRole('link', { name: /^Previous day/ }).click();
    await heading(a.page, 'Yesterday');
    await checkIn(a.page, { closeness: 4, moments: ['Held hands', 'Talked about values, faith or what matters'], conflict: 'We had a conflict and resolved it' });
    await review(a.page, '12-checkin-yesterday', { dark: false });
    await a.page.goto('/checkin/' + localDay(-3));
    await checkIn(a.page, { closeness: 3, moments: ['Had sex'], afterSex: 'More distant', feelings: ['Tired'] });
    // Edit it: change closeness, untick sex (the after-sex answer goes with it).
    await a.page.reload();
    await a.page.locator('form.checkin').waitFor();
    await a.page.getByText('Checked in for this day').waitFor();
    await a.page.getByRole('checkbox', { name: 'Had sex', exact: true }).uncheck();
    await a.page.locator('label.scale-option:has(input[name="closeness"][value="4"])').click();
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await a.page.getByText('Saved your changes.').waitFor();
    const stored = await a.page.evaluate(async (day) => (await fetch('/api/v1/checkins/' + day)).json(), localDay(-3));
    assert(stored.closeness === 4 && stored.after_sex === null && !stored.moments.includes('sex'), 'edit not stored: ' + JSON.stringify(stored));
  });

  await results.step('a network error keeps the draft; retrying saves it', async () => {
    const day = localDay(-2);
    let block = true;
    await a.page.route('**/api/v1/checkins/*', (route) =>
      block && route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
    );
    await a.page.goto('/checkin/' + day);
    await a.page.locator('form.checkin').waitFor();
    await a.page.locator('label.scale-option:has(input[name="closeness"][value="5"])').click();
    await a.page.getByRole('checkbox', { name: 'Laughed together', exact: true }).check();
    await a.page.getByLabel('A note, just for you').fill('Written while offline.');
    await a.page.getByRole('button', { name: 'Save check-in' }).click();
    await a.page.getByText(/nothing was lost/i).waitFor({ timeout: 15000 });
    await review(a.page, '13-checkin-network-error');
    // Leave and come back: the draft is still in memory.
    await a.page.getByRole('link', { name: 'History' }).click();
    await heading(a.page, 'History');
    await a.page.goBack();
    await a.page.locator('form.checkin').waitFor();
    await a.page.getByText('Your unsaved changes from earlier are still here.').waitFor();
    assert((await a.page.getByLabel('A note, just for you').inputValue()) === 'Written while offline.', 'note lost');
    assert(await a.page.getByRole('checkbox', { name: 'Laughed together', exact: true }).isChecked(), 'moment lost');
    await a.page.getByRole('button', { name: 'Save check-in' }).click();
    await a.page.getByRole('button', { name: 'Try saving again' }).waitFor({ timeout: 15000 });
    block = false;
    await a.page.getByRole('button', { name: 'Try saving again' }).click();
    await a.page.getByText('Saved. Thank you for checking in.').waitFor();
    await a.page.unroute('**/api/v1/checkins/*');
    const stored = await a.page.evaluate(async (d) => (await fetch('/api/v1/checkins/' + d)).json(), day);
    assert(stored.note === 'Written while offline.' && stored.closeness === 5, 'retry did not store the draft');
  });

  await results.step('partner B checks in too, by keyboard only, with a visible focus ring', async () => {
    await b.page.goto('/today');
    await b.page.locator('form.checkin').waitFor();
    await b.page.locator('#closeness-1').focus();
    for (let i = 0; i < 4; i++) await b.page.keyboard.press('ArrowRight');
    assert(await b.page.locator('#closeness-5').isChecked(), 'arrow keys did not choose 5');
    const ring = await b.page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle);
    assert(ring !== 'none', 'no visible focus on the closeness scale');
    await b.page.keyboard.press('Tab');
    const first = await b.page.evaluate(() => document.activeElement.getAttribute('name'));
    assert(first === 'moments', 'Tab did not reach the first moment');
    await b.page.keyboard.press('Space');
    for (let i = 0; i < 120; i++) {
      const isSave = await b.page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit');
      if (isSave) break;
      await b.page.keyboard.press('Tab');
    }
    await b.page.keyboard.press('Enter');
    await b.page.getByText('Saved. Thank you for checking in.').waitFor();
    await b.page.goto('/checkin/' + localDay(-1));
    await checkIn(b.page, { closeness: 5, moments: ['Cuddled with no expectation of more', 'Had fun together'], feelings: ['Playful'] });
  });

  await results.step('profile: start, pause, resume, finish; results show a radar and the numbers', async () => {
    await a.page.goto('/profile');
    await heading(a.page, 'Your intimacy profile');
    await review(a.page, '14-profile-start', { dark: false });
    await a.page.getByRole('link', { name: 'Start the profile' }).click();
    await heading(a.page, 'Intimacy profile');
    const answerCurrent = (have, want) => answerProfileScreen(a.page, have, want);
    await answerCurrent(3, 4);
    await answerCurrent(2, 5);
    await answerCurrent(4, 4);
    await review(a.page, '15-profile-question');
    await a.page.getByRole('button', { name: 'Pause and come back later' }).click();
    await heading(a.page, 'Your intimacy profile');
    await a.page.getByText('Paused. Your answers are saved').waitFor();
    await review(a.page, '16-profile-paused', { dark: false });
    // Resume in a fresh page load: the draft comes back from the server.
    await a.page.goto('/profile');
    await a.page.getByRole('link', { name: 'Carry on where you paused' }).click();
    await a.page.getByText('Welcome back.').waitFor();
    const progress = await a.page.locator('.progress-text').textContent();
    assert(/Question 4 of/.test(progress) && /3 answered/.test(progress), 'did not resume at question 4: ' + progress);
    for (let i = 0; i < 200; i++) {
      if (await a.page.getByRole('heading', { name: 'Ready to see your results?' }).isVisible()) break;
      await answerCurrent(1 + (i % 5), 1 + ((i + 2) % 5));
    }
    await review(a.page, '17-profile-review', { dark: false });
    await a.page.getByRole('button', { name: 'See my results' }).click();
    await a.page.getByRole('heading', { name: 'Your latest results' }).waitFor();
    assert((await a.page.locator('.chart-radar canvas').count()) === 1, 'no radar chart');
    const rows = a.page.locator('.result .score-table tbody tr');
    assert((await rows.count()) === 6, 'expected 6 kinds in the numbers table');
    const cells = await rows.first().locator('td').allTextContents();
    assert(cells.every((c) => /^\d+$/.test(c.trim())), 'numbers missing in the results table: ' + cells.join(','));
    await review(a.page, '18-profile-results');
  });

  // Insights need weeks of data: use the demo account when the server can create one.
  const insightUser = { page: a.page, context: a.context };
  await results.step('insights: a feed with evidence; one insight opens with its practices', async () => {
    if (demo) {
      const d = await suite.newPartner('demo');
      insightUser.page = d.page;
      insightUser.context = d.context;
      await logIn(d.page, demo.email, demo.password);
    }
    const page = insightUser.page;
    await page.getByRole('link', { name: 'Insights' }).click();
    await heading(page, 'Insights');
    await review(page, '19-insights');
    const first = page.locator('article.insight h2 a').first();
    await first.waitFor({ timeout: 15000 }).catch(() => {
      throw new Error(demo ? 'the demo account shows no insights' : 'no insights (no demo data: `rapport demo` failed)');
    });
    const title = (await first.textContent()).trim();
    await first.click();
    await heading(page, title);
    await page.getByRole('heading', { name: 'What this is based on' }).waitFor();
    await review(page, '20-insight-detail');
  });

  await results.step('practice: steps, start, done with "felt closer?" rating', async () => {
    const page = insightUser.page;
    const link = page.locator('.practice-summary h3 a').first();
    if ((await link.count()) === 0) {
      await page.goto('/practices');
      await heading(page, 'Practices');
    }
    await review(page, '21-practices-from-insight', { dark: false });
    await page.goto('/practices');
    await heading(page, 'Practices');
    await review(page, '22-practices');
    await page.locator('.practice-summary h3 a').first().click();
    await page.getByRole('heading', { name: 'How to do it' }).waitFor();
    assert((await page.locator('ol.steps li').count()) > 0, 'no steps');
    await review(page, '23-practice-detail');
    await page.getByRole('button', { name: 'Start this practice' }).click();
    await page.getByRole('button', { name: 'I’ve done it' }).click();
    await page.getByRole('group', { name: 'Did you feel closer afterwards?' }).waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Choose a number from 1 to 5').waitFor();
    await page.locator('label.scale-option:has(input[name="felt_closer"][value="4"])').click();
    await review(page, '24-practice-rating', { dark: false });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. Thank you for taking the time.').waitFor();
    await page.getByText(/felt closer: 4 of 5/).waitFor();
    await review(page, '25-practice-done', { dark: false });
  });

  await results.step('history: closeness line chart, calendar by kind, profile retakes', async () => {
    for (const [label, page] of [
      ['', a.page],
      ['-demo', demo ? insightUser.page : null],
    ]) {
      if (!page) continue;
      await page.goto('/history');
      await heading(page, 'History');
      await page.locator('.chart-line canvas').waitFor();
      await page.locator('table.calendar').waitFor();
      await page.getByRole('heading', { name: 'Profile over time' }).waitFor();
      const dayButton = page.locator('td.has-checkin button').last();
      assert((await dayButton.count()) === 1, 'no check-in days in the calendar');
      await dayButton.click();
      await page.locator('.day-detail').getByText('Felt closeness:').waitFor();
      await page.getByRole('group', { name: 'Highlight one kind' }).getByRole('button', { name: /^Affection/ }).click();
      await review(page, '26-history' + label);
    }
  });

  await results.step('cards on sex and intimacy', async () => {
    await a.page.goto('/cards');
    await heading(a.page, 'Sex and intimacy');
    await a.page.locator('article.read-card').first().waitFor();
    await a.page.locator('.sources summary').first().click();
    await review(a.page, '27-cards');
  });

  await results.step('account: sessions listed; signing out another device keeps what it was typing', async () => {
    // A second session for A, in a separate context, with a check-in typed but not saved yet.
    const other = await suite.newPartner('partner A, second device');
    await logIn(other.page, A.email, A.password);
    const day = localDay(-4);
    await other.page.goto('/checkin/' + day);
    await other.page.locator('form.checkin').waitFor();
    await other.page.locator('label.scale-option:has(input[name="closeness"][value="3"])').click();
    await other.page.getByLabel('A note, just for you').fill('Typed on the other device.');

    await a.page.goto('/account');
    await heading(a.page, 'Account');
    await a.page.getByText('This device').waitFor();
    const signOuts = a.page.getByRole('button', { name: /^Sign out .+last used/ });
    assert((await signOuts.count()) >= 1, 'the other session is not listed');
    await review(a.page, '28-account');
    await signOuts.first().click();
    await a.page.waitForFunction(() => document.querySelectorAll('.session').length === 1);

    // The other device tries to save: its session has ended, so it is asked to sign in again…
    await other.page.getByRole('button', { name: 'Save check-in' }).click();
    await heading(other.page, 'Sign in');
    await other.page.getByText('You were signed out.').waitFor();
    await review(other.page, '28b-session-ended', { dark: false });
    // …and after signing in, the typed check-in is still there and can be saved.
    await fillAndSubmitCredentials(other.page, A.email, A.password, 'Sign in');
    await other.page.getByText('Your unsaved changes from earlier are still here.').waitFor();
    assert((await other.page.getByLabel('A note, just for you').inputValue()) === 'Typed on the other device.', 'draft lost');
    await other.page.getByRole('button', { name: 'Save check-in' }).click();
    await other.page.getByText('Saved. Thank you for checking in.').waitFor();
    await other.context.close();
  });

  await results.step('account: change password (wrong current one first)', async () => {
    await a.page.getByLabel('Current password').fill('not my password at all');
    await a.page.getByLabel('New password').fill(A.newPassword);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await a.page.locator('#current-password-error').waitFor();
    await a.page.getByLabel('Current password').fill(A.password);
    await a.page.getByRole('button', { name: 'Change password' }).click();
    await a.page.getByText('Your password is changed.').waitFor();
    await review(a.page, '29-account-password-changed', { dark: false });
  });

  await results.step('unlink with a calm confirmation that says what ends', async () => {
    await a.page.goto('/partner');
    await a.page.getByRole('button', { name: 'Unlink from your partner…' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Unlink from your partner?' });
    await dialog.waitFor();
    await dialog.getByText('What ends, straight away:').waitFor();
    await review(a.page, '30-partner-unlink-confirm');
    await dialog.getByRole('button', { name: 'Unlink now' }).click();
    await a.page.getByText('You are no longer linked.').waitFor();
    await b.page.goto('/partner');
    await b.page.getByRole('button', { name: 'Create an invite code' }).waitFor();
  });

  await results.step('quick exit: the button and Escape twice leave for a neutral page', async () => {
    await b.page.goto('/today');
    await heading(b.page, 'Today');
    await b.page.getByRole('button', { name: 'Quick exit' }).click();
    await b.page.waitForURL('**/soup.html');
    assert((await b.page.title()) === 'Red lentil soup', 'neutral page title');
    await review(b.page, '31-quick-exit-page', { dark: false });
    await b.page.goto('/insights');
    await heading(b.page, 'Insights');
    await b.page.keyboard.press('Escape');
    await b.page.keyboard.press('Escape');
    await b.page.waitForURL('**/soup.html');
  });

  await results.step('deep links survive a reload; unknown paths show a calm not-found page', async () => {
    await b.page.goto('/history');
    await heading(b.page, 'History');
    await b.page.reload();
    await heading(b.page, 'History');
    await b.page.goto('/checkin/' + localDay(-1));
    await heading(b.page, 'Yesterday');
    await b.page.goto('/no/such/page');
    await heading(b.page, 'Page not found');
    await review(b.page, '31b-not-found', { dark: false });
  });

  await results.step('log out and log back in with the new password; wrong password is explained', async () => {
    await a.page.goto('/account');
    await a.page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await heading(a.page, 'Sign in');
    await fillAndSubmitCredentials(a.page, A.email, A.password, 'Sign in');
    await a.page.locator('.notice-error').waitFor();
    await review(a.page, '32-login-wrong-password', { dark: false });
    await a.page.getByLabel('Password', { exact: true }).fill(A.newPassword);
    await a.page.getByRole('button', { name: 'Sign in' }).click();
    await heading(a.page, 'Today');
  });

  await results.step('delete the account (wrong password first); signing in then fails', async () => {
    await a.page.goto('/account');
    await a.page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Delete your account for good?' });
    await dialog.getByLabel('Your password, to confirm').fill('definitely not it');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await dialog.locator('#delete-password-error').waitFor();
    await review(a.page, '33-account-delete-confirm');
    await dialog.getByLabel('Your password, to confirm').fill(A.newPassword);
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await heading(a.page, 'Your account is deleted');
    await review(a.page, '34-goodbye', { dark: false });
    await a.page.goto('/today');
    await heading(a.page, 'Sign in');
  });

  await results.step('too many wrong passwords: the 429 message says when to try again', async () => {
    await a.page.goto('/login');
    let limited = false;
    for (let i = 0; i < 14 && !limited; i++) {
      await fillAndSubmitCredentials(a.page, A.email, 'wrong password ' + i, 'Sign in');
      await a.page.locator('.notice-error').waitFor();
      await a.page.getByRole('button', { name: 'Sign in' }).waitFor();
      limited = await a.page.getByText(/too many|try again in|wait/i).isVisible();
    }
    assert(limited, 'no rate-limit message after 14 failures');
    await review(a.page, '35-login-rate-limited', { dark: false });
  });

  await suite.checkNoPageProblems();
}

await suite.run(main, {
  afterStop: async () => {
    if (suite.server) {
      const { rm } = await import('node:fs/promises');
      await rm(suite.server.dir, { recursive: true, force: true });
    }
  },
});
