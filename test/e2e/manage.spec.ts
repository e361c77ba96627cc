import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expect, test } from './fixtures';
import { startHostProcess, type RunningHost } from '../fixtures/browserHost';
import { readOutboxCode } from '../fixtures/devOutbox';
import { createAccount, idServerApi, type TestPerson } from '../fixtures/wizardPage';
import { readQrCode, totpNow } from './signInSteps';
import { startServer, type RunningServer } from '../../server/startServer';

/**
 * The manage page against an ID server this test runs itself, with a clock it moves by
 * hand: a session is fresh for 10 minutes after its last proof, so moving the clock on 11
 * minutes is how the test reaches the step-up (and passes the 30 s wait between codes).
 */
let server: RunningServer;
let host: RunningHost;
let offsetMs = 0;
const minutes = (count: number) => count * 60_000;

test.beforeEach(async () => {
  offsetMs = 0;
  server = await startServer({ port: 0, now: () => Date.now() + offsetMs });
  host = await startHostProcess(['--server', server.url]);
});
test.afterEach(async () => {
  await host.stop();
  await server.close();
});

const phones = [
  { number: '201-555-0142', last4: '0142' },
  { number: '201-555-0143', last4: '0143' },
];

/** An account with two verified phones and a confirmed recovery code, set up through the API. */
async function compliantAccountWithTwoPhones(): Promise<TestPerson & { e164: Record<string, string> }> {
  const person = await createAccount(server.url);
  const signedIn = await idServerApi(server.url, 'POST', '/sign-in/password', { body: person });
  const token = (signedIn.body.session as { token: string }).token;
  const e164: Record<string, string> = {};
  for (const phone of phones) {
    const added = await idServerApi(server.url, 'POST', '/me/factors/phone', {
      token,
      body: { number: phone.number, country: 'US', channel: 'sms' },
    });
    const { factorId, e164: number } = added.body as { factorId: string; e164: string };
    e164[phone.last4] = number;
    const code = await readOutboxCode(server.url, number);
    await idServerApi(server.url, 'POST', `/me/factors/${factorId}/verify`, { token, body: { code } });
  }
  const issued = await idServerApi(server.url, 'POST', '/me/recovery-code', { token });
  const code = issued.body.code as string;
  const confirmed = await idServerApi(server.url, 'POST', '/me/recovery-code/confirm', {
    token,
    body: { lastDigits: code.slice(-4) },
  });
  expect(confirmed.status).toBe(200);
  return { ...person, e164 };
}

/** Confirms with a code texted to the phone ending `last4` (of `e164`), on the "Confirm it's you" step. */
async function phoneCode(page: Page, e164: Record<string, string>, last4: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`Get a code on your phone .*${last4}`) }).click();
  await page.getByRole('button', { name: 'Text me a code' }).click();
  // The outbox holds the set-up's code too: read it only once the page says this one was sent.
  await expect(page.getByLabel('The 6-digit code')).toBeVisible();
  await page.getByLabel('The 6-digit code').fill(await readOutboxCode(server.url, e164[last4] ?? ''));
  await page.getByRole('button', { name: 'Confirm' }).click();
}

/** Signs in through the form with the first phone's code (past the 30 s between codes sent at set-up) and opens the manage page. */
async function signInToManage(page: Page, person: TestPerson & { e164: Record<string, string> }): Promise<void> {
  offsetMs += minutes(11);
  await page.goto(host.url);
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await phoneCode(page, person.e164, '0142');
  await page.getByRole('link', { name: 'My sign-in methods' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My sign-in methods' })).toBeVisible();
  await expect(page.getByText(/meets the ID server’s rules/)).toBeVisible();
}

test('manage: rename, remove with a step-up, and the last method explained in words', async ({ page }) => {
  const person = await compliantAccountWithTwoPhones();
  await signInToManage(page, person);
  await expectNoAxeViolations(page);

  // Ten minutes on, the session is no longer fresh; renaming does not need it to be.
  offsetMs += minutes(11);
  const second = page.getByRole('row', { name: /0143/ });
  await second.getByRole('button', { name: /^Rename/ }).click();
  await expect(page.getByLabel(/^New name for/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^New name for/).fill('Front desk line');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Renamed to “Front desk line”.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Front desk line/ })).toBeVisible();

  // A name of 64 characters with no space wraps in its cell at 1024 px: the table stays inside the page.
  await page.setViewportSize({ width: 1024, height: 768 });
  // No space and no hyphen: nothing where a line may break unless the cell lets the word wrap.
  const longName = 'ReceptionDeskPhoneAtTheNorthEntranceOfBuildingBRoom12FrontLineXY';
  expect(longName).toHaveLength(64);
  await page
    .getByRole('row', { name: /0142/ })
    .getByRole('button', { name: /^Rename/ })
    .click();
  await page.getByLabel(/^New name for/).fill(longName);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('row', { name: new RegExp(longName) })).toBeVisible();
  const table = page.getByRole('table');
  const fits = await table.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const parent = element.parentElement?.getBoundingClientRect();
    return box.right <= (parent?.right ?? 0) + 0.5 && document.documentElement.scrollWidth <= window.innerWidth;
  });
  expect(fits).toBe(true);

  // Removing needs a step-up, here with the other phone; then the removal goes through.
  const removeFront = page.getByRole('row', { name: /Front desk line/ }).getByRole('button', { name: /^Remove/ });
  // The confirmation takes the focus of the Remove button it replaces; Keep it gives it back.
  await removeFront.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep it' }).press('Enter');
  await expect(removeFront).toBeFocused();
  await removeFront.click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Confirm it’s you' })).toBeFocused();
  await expectNoAxeViolations(page);
  await phoneCode(page, person.e164, '0142');
  await expect(page.getByText('“Front desk line” was removed.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Front desk line/ })).toHaveCount(0);
  // It was the last row: focus goes to the row before it, not to the page's body.
  await expect(page.getByRole('row', { name: /0142/ }).getByRole('button', { name: /^Rename/ })).toBeFocused();

  // The last method cannot go, and the page says why in words, with the way on.
  await page
    .getByRole('row', { name: /0142/ })
    .getByRole('button', { name: /^Remove/ })
    .click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(
    page.getByText('This is your only sign-in method. Add another one first, then remove this one.'),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /0142/ }).getByRole('button', { name: 'Add another method' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('manage: add another method (an authenticator app on a phone), each of its screens without axe violations', async ({
  page,
}) => {
  const person = await compliantAccountWithTwoPhones();
  await signInToManage(page, person);
  await expect(page.getByRole('row', { name: /Authenticator app/ })).toHaveCount(0);

  // Just signed in with a code, so the session is fresh: adding needs no step-up.
  await page.getByRole('button', { name: 'Add another method' }).click();
  await expect(page.getByRole('heading', { name: 'Add another sign-in method' })).toBeVisible();
  await expect(page.getByText(/Step \d of 4/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Choose Authenticator app + phone' }).click();
  await expect(page.getByRole('heading', { name: 'Set up your authenticator' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'An app on my phone' }).click();

  const qr = page.getByRole('img', { name: 'Square code (QR code) to scan with your authenticator app' });
  const secret = new URL(await readQrCode(qr)).searchParams.get('secret') ?? '';
  await expectNoAxeViolations(page);
  await page.getByLabel('The 6-digit code your app shows now').fill(totpNow(secret, Date.now() + offsetMs));
  await page.getByRole('button', { name: 'Confirm my app' }).click();
  // The account has phones already: no backup phone is offered, only the way on.
  await expect(page.getByRole('heading', { name: 'Your authenticator is set up' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add a phone' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();

  // Back on the manage page, told so (focus on the notice), with the new method in the table.
  await expect(page.getByRole('status').filter({ hasText: 'Your new method is ready.' })).toBeFocused();
  await expect(page.getByRole('row', { name: /Authenticator app/ })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(page.getByText(/meets the ID server’s rules/)).toBeVisible();
  await expectNoAxeViolations(page);
});
