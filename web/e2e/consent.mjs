// End-to-end tests of sharing and consent (issue 5) against the real rapport server, in Debian's
// Chromium: the sharing centre (grant, revoke, pause, access log), one shared note, the partner
// view side by side, desires and boundaries with mutual-only matches, and the safety check.
//
//   RAPPORT_BIN=../build/app/rapport npm run e2e:consent
//
// Two partners in two browser contexts sign up, pair and take the profile through the UI.
// axe-core runs on every new page (serious or critical findings fail); every new page is
// photographed at 360×640 and 1280×800 (and the phone in dark mode) as
// test-output/screenshots/consent-*.png. The server is always stopped. Last line: "N passed, M failed".
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
  heading,
  joinWithInviteCode,
  localDay,
  shotsDir,
  signUp,
} from './harness.mjs';

const suite = new Suite({ failedShotPrefix: 'consent-FAILED-', fullPageOnFailure: true });
const { results } = suite;

/** axe + screenshots (phone, desktop, phone dark; full-page copies in light) of the current page. */
async function review(page, name) {
  // Where the test left the page (scrolled to what it checked), as a person would see it now.
  await page.screenshot({ path: path.join(shotsDir, `consent-${name}.here.png`) });
  const views = [
    ['phone', PHONE, 'light'],
    ['desktop', DESKTOP, 'light'],
    ['phone-dark', PHONE, 'dark'],
  ];
  const problems = await eachView(page, views, async (label, _size, scheme) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(shotsDir, `consent-${name}.${label}.png`) });
    if (scheme === 'light') await page.screenshot({ path: path.join(shotsDir, `consent-${name}.${label}.full.png`), fullPage: true });
  });
  assert(problems.length === 0, `axe found serious/critical problems on ${name}:\n  ${problems.join('\n  ')}`);
  assert(await page.getByRole('button', { name: 'Quick exit' }).isVisible(), `no Quick exit on ${name}`);
}

/** Takes the whole profile through the UI; `pick(i)` gives [have, want] for the i-th screen. */
async function takeProfile(page, pick) {
  await page.goto('/profile');
  await heading(page, 'Your intimacy profile');
  await page.getByRole('link', { name: 'Start the profile' }).click();
  await heading(page, 'Intimacy profile');
  for (let i = 0; i < 200; i++) {
    if (await page.getByRole('heading', { name: 'Ready to see your results?' }).isVisible()) break;
    await answerProfileScreen(page, ...pick(i));
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { name: 'Your latest results' }).waitFor();
}

/** Opens the check-in for `day` and fills it in. */
async function checkInOn(page, day, fields) {
  await page.goto(day === localDay() ? '/today' : '/checkin/' + day);
  await checkIn(page, fields);
}

/** The text of the partner view's main content, once it has loaded. */
async function viewText(page) {
  await page.goto('/partner/view');
  await heading(page, 'Side by side');
  await page.getByRole('heading', { name: 'Felt closeness' }).waitFor();
  await page.waitForTimeout(200);
  return (await page.locator('main').innerText()).trim();
}

function section(page, title) {
  return page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
}

async function setSwitch(page, name, on) {
  const sw = page.getByRole('switch', { name });
  await sw.waitFor();
  if ((await sw.isChecked()) !== on) {
    await sw.click();
    await page.locator('.sharing-status .notice-success').waitFor();
    await page.waitForFunction(
      ([n, v]) => {
        const el = [...document.querySelectorAll('input[role="switch"]')].find((i) => i.labels && [...i.labels].some((l) => l.textContent.trim() === n));
        return el && el.checked === v && !el.disabled;
      },
      [name, on],
    );
  }
}

function answerGroup(page, title) {
  return page.getByRole('group', { name: `Your answer to “${title}”` });
}

async function answerIdea(page, title, answer) {
  const group = answerGroup(page, title);
  const idea = page.locator('li.idea').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  await group.getByRole('radio', { name: answer, exact: true }).check();
  await idea.getByText('Saved', { exact: true }).waitFor();
}

async function openDesires(page) {
  await page.goto('/desires');
  await heading(page, 'Desires and boundaries');
  await page.getByRole('heading', { name: 'Ideas you both like' }).waitFor();
  const emotional = page.locator('details.desire-kind.kind-emotional');
  if (!(await emotional.evaluate((d) => d.open))) await emotional.locator('summary').click();
}

async function matchTitles(page) {
  const section = page.locator('section.matches');
  await section.waitFor();
  return section.locator('.match-list h3').allInnerTexts();
}

async function main() {
  await suite.start();
  const stamp = Date.now().toString(36);
  const A = { email: `robin.${stamp}@example.org`, password: 'slow mornings and strong coffee' };
  const B = { email: `kim.${stamp}@example.org`, password: 'rain on the window at night' };
  const a = await suite.newPartner('partner A');
  const b = await suite.newPartner('partner B');
  const today = localDay();
  const NOTE = 'Thank you for listening last night.';

  await results.step('sign up; before linking, sharing and side by side explain calmly and link to pairing', async () => {
    await signUp(a.page, A.email, A.password);
    await signUp(b.page, B.email, B.password);
    await a.page.goto('/sharing');
    await heading(a.page, 'Sharing');
    await a.page.getByRole('heading', { name: 'You aren’t linked with a partner' }).waitFor();
    assert(await a.page.getByRole('switch', { name: 'Profile results' }).isDisabled(), 'grants should be disabled before linking');
    await a.page.getByRole('link', { name: 'Link with your partner' }).waitFor();
    await review(a.page, 'sharing-unlinked');
    await a.page.goto('/partner/view');
    await a.page.getByRole('heading', { name: 'You aren’t linked with a partner' }).waitFor();
  });

  await results.step('pair with an invite code; both take the profile through the UI', async () => {
    await a.page.goto('/partner');
    const code = await createInviteCode(a.page);
    await b.page.goto('/partner');
    await joinWithInviteCode(b.page, code);
    await takeProfile(a.page, (i) => [1 + (i % 3), 5 - (i % 2)]);
    await takeProfile(b.page, (i) => [3 + (i % 3), 2 + (i % 3)]);
  });

  await results.step('check-in: a labelled switch under the note shares that one note', async () => {
    await a.page.goto('/today');
    await a.page.locator('form.checkin').waitFor();
    const sw = a.page.getByRole('switch', { name: 'Let my partner read this note' });
    await sw.waitFor();
    assert(!(await sw.isChecked()), 'a note must be private by default');
    await checkInOn(a.page, today, { closeness: 6, moments: ['Shared a feeling', 'Laughed together'], note: NOTE, shareNote: true });
    await a.page.getByRole('switch', { name: 'Let my partner read this note' }).scrollIntoViewIfNeeded();
    await review(a.page, 'checkin-note-share');
    const stored = await a.page.evaluate(async (d) => (await fetch('/api/v1/checkins/' + d)).json(), today);
    assert(stored.share_note === true && stored.note === NOTE, 'share_note not stored: ' + JSON.stringify(stored));
    await checkInOn(b.page, today, { closeness: 5, moments: ['Hugged or kissed'] });
  });

  let beforeGrant = '';
  await results.step('without grants, side by side says "Not shared" (the shared note is there)', async () => {
    beforeGrant = await viewText(b.page);
    for (const title of ['Have and want, side by side', 'Felt closeness', 'Your partner’s moments', 'Your partner’s insights']) {
      await section(b.page, title).getByText('Not shared', { exact: true }).waitFor();
    }
    await section(b.page, 'Notes your partner shared').getByText(NOTE).waitFor();
    await review(b.page, 'partner-view-not-shared');
  });

  await results.step('granting: A turns on all four; B sees each part appear', async () => {
    await a.page.goto('/sharing');
    await heading(a.page, 'Sharing');
    for (const name of ['Profile results', 'Felt closeness', 'Moments', 'Insights']) await setSwitch(a.page, name, true);
    // B shares profile and closeness, so A has a comparison too.
    await b.page.goto('/sharing');
    await heading(b.page, 'Sharing');
    await setSwitch(b.page, 'Profile results', true);
    await setSwitch(b.page, 'Felt closeness', true);
    await review(b.page, 'sharing');
    const text = await viewText(b.page);
    assert(text !== beforeGrant, 'the view did not change after granting');
    await section(b.page, 'Felt closeness').locator('canvas').waitFor();
    await section(b.page, 'Your partner’s moments').getByText('Shared a feeling, Laughed together').waitFor();
    assert((await section(b.page, 'Your partner’s insights').getByText('Not shared', { exact: true }).count()) === 0, 'insights still not shared');
  });

  await results.step('side by side: both levels for all six kinds, the gap named, no winner', async () => {
    const kinds = b.page.locator('section.compare-kind');
    assert((await kinds.count()) === 6, 'expected 6 kinds, got ' + (await kinds.count()));
    for (let i = 0; i < 6; i++) {
      const k = kinds.nth(i);
      const rows = await k.locator('tbody tr').allInnerTexts();
      assert(rows.length === 2 && /^You\b/.test(rows[0]) && /^Your partner\b/.test(rows[1]), 'rows: ' + rows.join(' | '));
      for (const r of rows) assert((r.match(/\b\d{1,3}\b/g) || []).length === 2, 'both levels must show numbers: ' + r);
      const words = await k.locator('.difference').innerText();
      assert(/Your hopes for .+ (differ by \d+ points|are close)|You both hope for the same/.test(words), 'difference words: ' + words);
      assert(!/better|worse|winner|too much|too little/i.test(words), 'judgement in words: ' + words);
    }
    await b.page.getByRole('button', { name: 'Show the numbers as a table' }).click();
    await b.page.locator('table.pair-table tbody tr').first().waitFor();
    await review(b.page, 'partner-view');
    const aText = await viewText(a.page);
    assert(/Your hopes for/.test(aText) || /You both hope/.test(aText), 'A sees no comparison');
    await review(a.page, 'partner-view-a');
  });

  await results.step('revoking: A turns moments off; after a reload B’s page says "Not shared"', async () => {
    await a.page.goto('/sharing');
    await setSwitch(a.page, 'Moments', false);
    await viewText(b.page);
    await section(b.page, 'Your partner’s moments').getByText('Not shared', { exact: true }).waitFor();
    await section(b.page, 'Felt closeness').locator('canvas').waitFor();
  });

  await results.step('pause: B’s view stays exactly as it was while A checks in again', async () => {
    await a.page.goto('/sharing');
    await setSwitch(a.page, 'Pause all sharing', true);
    await a.page.getByText(/Paused since/).waitFor();
    await review(a.page, 'sharing-paused');
    const before = await viewText(b.page);
    await checkInOn(a.page, localDay(-1), { closeness: 2, note: 'Written while paused.', shareNote: true });
    const after = await viewText(b.page);
    assert(after === before, 'B saw something new while A was paused:\n--- before\n' + before + '\n--- after\n' + after);
    await a.page.goto('/sharing');
    await setSwitch(a.page, 'Pause all sharing', false);
    const resumed = await viewText(b.page);
    assert(resumed.includes('Written while paused.'), 'after the pause ends, B should see the note added meanwhile');
  });

  await results.step('access log: A sees B’s reads, newest first, in words', async () => {
    await a.page.goto('/sharing');
    const log = a.page.locator('ol.access-log li');
    await log.first().waitFor();
    const lines = await log.allInnerTexts();
    assert(lines.some((l) => /Today at/.test(l) && /your profile results/.test(l)), 'no profile read listed:\n' + lines.join('\n'));
    assert(lines.some((l) => /your note from/.test(l)), 'no note read listed');
    const times = await a.page.locator('ol.access-log time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
    assert(times.every((t, i) => i === 0 || times[i - 1] >= t), 'log not newest first');
    await a.page.getByRole('heading', { name: 'When your partner looked' }).scrollIntoViewIfNeeded();
    await review(a.page, 'sharing-access-log');
  });

  const IDEAS = ['Share a worry', 'Dreams out loud', 'A story you still cringe at'];
  await results.step('desires: A says yes, yes, no; B maybe and no; both see exactly one match', async () => {
    await openDesires(a.page);
    await a.page.getByText('None yet.').waitFor();
    await answerIdea(a.page, IDEAS[0], 'Yes');
    await answerIdea(a.page, IDEAS[1], 'Yes');
    await answerIdea(a.page, IDEAS[2], 'No');
    await openDesires(b.page);
    await answerIdea(b.page, IDEAS[0], 'Maybe');
    await answerIdea(b.page, IDEAS[1], 'No');
    await b.page.locator('.match-list h3').first().waitFor();
    assert(JSON.stringify(await matchTitles(b.page)) === JSON.stringify([IDEAS[0]]), 'B matches: ' + (await matchTitles(b.page)));
    await openDesires(a.page);
    assert(JSON.stringify(await matchTitles(a.page)) === JSON.stringify([IDEAS[0]]), 'A matches: ' + (await matchTitles(a.page)));
    assert(await answerGroup(a.page, IDEAS[2]).getByRole('radio', { name: 'No', exact: true }).isChecked(), 'A’s own answer not shown');
    await review(a.page, 'desires');
  });

  await results.step('desires: a failed save keeps the choice and offers to retry', async () => {
    let block = true;
    await b.page.route('**/api/v1/desires/*', (route) =>
      block && route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
    );
    const group = answerGroup(b.page, IDEAS[0]);
    await group.getByRole('radio', { name: 'Not now', exact: true }).check();
    await b.page.getByText('Your choice “Not now” is still selected here but isn’t saved yet.').waitFor({ timeout: 15000 });
    assert(await group.getByRole('radio', { name: 'Not now', exact: true }).isChecked(), 'the choice was lost');
    await b.page.getByText('Your choice “Not now”').scrollIntoViewIfNeeded();
    await review(b.page, 'desires-save-failed');
    block = false;
    await b.page.getByRole('button', { name: 'Try saving again' }).click();
    const idea = b.page.locator('li.idea').filter({ has: b.page.getByRole('heading', { name: IDEAS[0], exact: true }) });
    await idea.getByText('Saved', { exact: true }).waitFor();
    await b.page.unroute('**/api/v1/desires/*');
  });

  await results.step('desires: after B’s "not now" the match is gone for A too', async () => {
    await b.page.getByText('None yet.').waitFor();
    await openDesires(a.page);
    await a.page.getByText('None yet.').waitFor();
    assert((await matchTitles(a.page)).length === 0, 'A still sees a match');
  });

  await results.step('safety check: all no gives the calm negative message', async () => {
    await b.page.getByRole('link', { name: 'More' }).click();
    await heading(b.page, 'More');
    await b.page.getByRole('link', { name: /Safety check/ }).click();
    await heading(b.page, 'Safety check');
    await review(b.page, 'safety');
    await b.page.getByRole('button', { name: 'Finish the check' }).click();
    await b.page.locator('.field-error').first().waitFor();
    for (const g of await b.page.locator('fieldset.safety-item').all()) await g.getByRole('radio', { name: 'No', exact: true }).check();
    await b.page.getByRole('button', { name: 'Finish the check' }).click();
    await b.page.getByText('Nothing has changed').waitFor();
    await review(b.page, 'safety-negative');
  });

  await results.step('safety check: one yes shows support and the undo; B sees nothing new; A undoes', async () => {
    const before = await viewText(b.page);
    await a.page.goto('/safety');
    await heading(a.page, 'Safety check');
    await a.page.locator('fieldset.safety-item').first().waitFor();
    const items = await a.page.locator('fieldset.safety-item').all();
    for (let i = 0; i < items.length; i++) await items[i].getByRole('radio', { name: i === 0 ? 'Yes' : 'No', exact: true }).check();
    await a.page.getByRole('button', { name: 'Finish the check' }).click();
    await a.page.getByRole('heading', { name: 'Sharing with your partner is stopped' }).waitFor();
    await a.page.getByRole('heading', { name: 'Support' }).waitFor();
    assert((await a.page.locator('.resource').count()) >= 1, 'no resources shown');
    await a.page.getByRole('button', { name: 'Turn sharing back on…' }).waitFor();
    await review(a.page, 'safety-positive');

    await checkInOn(a.page, localDay(-2), { closeness: 3, note: 'Added after the safety check.', shareNote: true });
    const after = await viewText(b.page);
    assert(after === before, 'B saw something new after A’s safety check:\n--- before\n' + before + '\n--- after\n' + after);

    // Coming back later: the page still says so, and offers to turn sharing back on.
    await a.page.goto('/safety');
    await a.page.getByRole('heading', { name: 'Sharing with your partner is stopped' }).waitFor();
    await a.page.getByRole('button', { name: 'Turn sharing back on…' }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Turn sharing back on?' });
    await dialog.waitFor();
    await review(a.page, 'safety-undo-confirm');
    await dialog.getByRole('button', { name: 'Turn sharing back on', exact: true }).click();
    await a.page.getByText('Sharing is back on').waitFor();
    const state = await a.page.evaluate(async () => (await fetch('/api/v1/safety')).json());
    assert(state.active === false, 'safety still active after undo');
    const resumed = await viewText(b.page);
    assert(resumed.includes('Added after the safety check.'), 'after undo, B should see what A shared meanwhile');
  });

  await results.step('navigation: the new pages are in the side navigation and the More menu', async () => {
    await a.page.setViewportSize(DESKTOP);
    await a.page.goto('/today');
    const side = a.page.getByRole('navigation', { name: 'Main' }).first();
    for (const name of ['Desires', 'Sharing', 'Safety check']) await side.getByRole('link', { name }).waitFor();
    await a.page.setViewportSize(PHONE);
    await a.page.goto('/more');
    for (const name of [/Side by side/, /Desires and boundaries/, /^Sharing/, /Safety check/]) await a.page.getByRole('link', { name }).waitFor();
  });

  await suite.checkNoPageProblems();
}

await suite.run(main);
