// `npm run docs:screenshots`: drives the real UI and writes the screenshots that
// docs/user-guide.md shows, into docs/images/. It starts the browser host with its
// embedded ID server (a fresh data folder and keychain service, as the e2e `app` fixture
// does), creates fresh accounts through that server's API, and walks Debian's Chromium
// through each path with a fixed window, in English and the light colour scheme. The
// same screens are shot on every run; only their pixels change (codes, dates, the QR).
// It prints each file written, and exits non-zero naming the first screen not reached.
// DESKID_SCREENSHOTS_DIR writes them elsewhere (the test of this script does).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { buildRendererIfStale } from './buildRenderer';
import { repoRoot, startApp, type RunningApp } from '../test/fixtures/browserHost';
import { chromiumLaunchOptions } from '../test/fixtures/chromium';
import { readOutboxCode } from '../test/fixtures/devOutbox';
import { openNewPerson } from '../test/fixtures/peoplePage';
import { addVirtualAuthenticator, idServerApi, shownRecoveryCode, type TestPerson } from '../test/fixtures/wizardPage';
import { codeButton, tryPin, type TestAccount } from '../test/e2e/peopleSteps';
import { signIn, stepHeading, testPassword, totpNow } from '../test/e2e/signInSteps';

const imagesDir = process.env.DESKID_SCREENSHOTS_DIR ?? path.join(repoRoot, 'docs', 'images');
/** The other authenticator app's export the import screen shows a preview of. */
const importFixture = path.join(repoRoot, 'test', 'fixtures', 'importers', 'aegis', 'aegis_plain.json');
/** Made-up services with throw-away secrets, for the codes screens. */
const demo = {
  portal: { issuer: 'Clinic Portal', label: 'robin.diaz', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  payroll: { issuer: 'Payroll', label: 'rdiaz', secret: 'KRUGS4ZANFZSAYLOEBSXQYLNOBWGKIDLMV4Q' },
  labResults: { issuer: 'Lab Results', label: 'robin', secret: 'ONSWG4TFORZW63THMFWWKZLUMVZHGZLDOJSXI' },
} satisfies Record<string, TestAccount>;
/** How long a screen may take to appear before the run stops. */
const screenTimeoutMs = 15_000;

/** A screen the run expected and did not see, with what was awaited (Playwright's first line and what it waited for). */
class ScreenNotReached extends Error {
  constructor(name: string, cause: unknown) {
    const lines = stripVTControlCharacters(cause instanceof Error ? cause.message : String(cause)).split('\n');
    const waitedFor = lines.find((line) => line.includes('waiting for'))?.trim();
    super(`The "${name}" screen was not reached: ${[lines[0], waitedFor].filter(Boolean).join(' ')}`);
  }
}

/** What one screenshot takes: the window (the default), the whole page when it scrolls, or one part of it. */
interface ShotOptions {
  fullPage?: boolean;
  part?: Locator;
}

/**
 * Waits until `shows` is visible (the sign that the screen is there), then writes
 * docs/images/<name>.png.
 */
async function shoot(
  page: Page,
  name: string,
  shows: Locator,
  { fullPage = false, part }: ShotOptions = {},
): Promise<void> {
  try {
    await shows.waitFor({ state: 'visible', timeout: screenTimeoutMs });
  } catch (error) {
    throw new ScreenNotReached(name, error);
  }
  const file = path.join(imagesDir, `${name}.png`);
  const options = { path: file, animations: 'disabled', caret: 'hide' } as const;
  await page.screenshot({ ...options, ...(part === undefined ? { fullPage } : { clip: await around(part) }) });
  process.stdout.write(`${file.startsWith(repoRoot) ? path.relative(repoRoot, file) : file}\n`);
}

/** The box of `part` in the window with a margin, so focus rings and edges are not cut off. */
async function around(part: Locator, margin = 16): Promise<{ x: number; y: number; width: number; height: number }> {
  await part.scrollIntoViewIfNeeded();
  const box = await part.boundingBox();
  if (box === null) throw new Error('The part to shoot is not on the page.');
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  return { x, y, width: box.width + margin + (box.x - x), height: box.height + margin + (box.y - y) };
}

/** Signs the person out (the host holds one session), so the next path starts at the sign-in. */
async function signOut(page: Page): Promise<void> {
  await toward('sign-in (after signing out)', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await stepHeading(page, 'Sign in to your ID account').waitFor({ timeout: screenTimeoutMs });
  });
  await page.context().close();
}

/** Runs one of the person's steps; a step that fails names the screen it was trying to reach. */
async function toward(name: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    throw error instanceof ScreenNotReached ? error : new ScreenNotReached(name, error);
  }
}

/** A fresh account with a readable username (the server is new on each run, so names never clash). */
async function createPerson(app: RunningApp, username: string, displayName: string): Promise<TestPerson> {
  const person = { username, password: testPassword };
  const created = await idServerApi(app.idServerUrl, 'POST', '/accounts', { body: { ...person, displayName } });
  if (created.status !== 201) throw new Error(`Creating ${username} answered ${created.status}.`);
  return person;
}

/**
 * A fresh account that already has an authenticator app, a phone and a confirmed recovery
 * code, set up through the API, so that signing in shows every way to confirm.
 */
async function createCompliantPerson(app: RunningApp, username: string, displayName: string): Promise<TestPerson> {
  const person = await createPerson(app, username, displayName);
  const api = (method: string, route: string, body?: unknown) =>
    idServerApi(app.idServerUrl, method, route, { token, ...(body === undefined ? {} : { body }) });
  const signedIn = await idServerApi(app.idServerUrl, 'POST', '/sign-in/password', { body: person });
  const token = (signedIn.body.session as { token: string }).token;
  const phone = await api('POST', '/me/factors/phone', { number: '201-555-0142', country: 'US', channel: 'sms' });
  const { factorId: phoneId, e164 } = phone.body as { factorId: string; e164: string };
  await api('POST', `/me/factors/${phoneId}/verify`, { code: await readOutboxCode(app.idServerUrl, e164) });
  const totp = await api('POST', '/me/factors/totp', { label: 'Authenticator app' });
  const { factorId: totpId, secret } = totp.body as { factorId: string; secret: string };
  await api('POST', `/me/factors/${totpId}/verify`, { code: totpNow(secret) });
  const issued = await api('POST', '/me/recovery-code');
  const confirmed = await api('POST', '/me/recovery-code/confirm', {
    lastDigits: (issued.body.code as string).slice(-4),
  });
  if (confirmed.status !== 200) throw new Error(`Setting up ${username} through the API failed.`);
  await api('DELETE', '/session');
  return person;
}

/** A new page with the fixed window, language and colour scheme every screenshot uses. */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 760 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(screenTimeoutMs);
  return context.newPage();
}

/** Sign-in, the method choice, the passkey, the recovery code, done and the manage page. */
async function passkeyPath(browser: Browser, app: RunningApp): Promise<void> {
  const page = await newPage(browser);
  await addVirtualAuthenticator(page);
  const person = await createPerson(app, 'dana.lee', 'Dana Lee');
  await page.goto(app.url);
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Password').fill(person.password);
  // The date and server line comes with the host's answer, after the form.
  await page.getByText(/^Required from March 7, 2025\./).waitFor();
  await shoot(page, 'sign-in', stepHeading(page, 'Sign in to your ID account'));
  await toward('method-choice', () => page.getByRole('button', { name: 'Sign in' }).click());
  await shoot(page, 'method-choice', stepHeading(page, 'Choose how you will confirm it’s you'), { fullPage: true });

  await toward('passkey-setup', async () => {
    await page.getByRole('button', { name: /^Choose passkey/i }).click();
    await page.getByLabel('Name for this passkey').fill('Front desk computer');
  });
  await shoot(page, 'passkey-setup', page.getByRole('button', { name: 'Create my passkey' }));
  await toward('passkey-done', () => page.getByRole('button', { name: 'Create my passkey' }).click());
  await shoot(page, 'passkey-done', page.getByText(/Your passkey “.+” is set up\./));
  await toward('recovery-code', async () => {
    await page.getByRole('button', { name: 'Continue' }).click();
    await stepHeading(page, 'Save your recovery code').waitFor({ timeout: screenTimeoutMs });
    const download = page.waitForEvent('download', { timeout: screenTimeoutMs });
    await page.getByRole('button', { name: 'Save to a file' }).click();
    await (await download).delete();
  });
  await shoot(page, 'recovery-code', page.getByText(/is in your downloads\./));
  const code = await shownRecoveryCode(page);
  await toward('recovery-confirm', () => page.getByLabel('Last 4 digits of your recovery code').fill(code.slice(12)));
  const confirm = page.locator('form.recovery-confirm');
  await shoot(page, 'recovery-confirm', confirm, { part: confirm });
  await toward('done', () => page.getByRole('button', { name: 'Confirm the code' }).click());
  await shoot(page, 'done', stepHeading(page, 'You are all set'));
  await toward('manage', () => page.getByRole('link', { name: 'See or change my sign-in methods' }).click());
  await shoot(page, 'manage', page.getByRole('heading', { level: 1, name: 'My sign-in methods' }));
  await signOut(page);
}

/** A fresh account, signed in on a new page, that has chosen `method` (its card's name) on the way to `screen`. */
async function freshPersonChooses(
  browser: Browser,
  app: RunningApp,
  { username, displayName, method, screen }: { username: string; displayName: string; method: string; screen: string },
): Promise<Page> {
  const page = await newPage(browser);
  const person = await createPerson(app, username, displayName);
  await toward(screen, async () => {
    await signIn(page, app.url, person.username, person.password);
    await page.getByRole('button', { name: `Choose ${method}` }).click();
  });
  return page;
}

/** Password + phone: the number with the way the code comes, then the code entry. */
async function phonePath(browser: Browser, app: RunningApp): Promise<void> {
  const page = await freshPersonChooses(browser, app, {
    username: 'lee.morgan',
    displayName: 'Lee Morgan',
    method: 'Password + phone',
    screen: 'phone-setup',
  });
  await toward('phone-setup', async () => {
    await page.getByLabel('Phone number').pressSequentially('2015550123');
    await page.getByRole('radio', { name: 'Voice call' }).check();
  });
  await shoot(page, 'phone-setup', stepHeading(page, 'Set up your phone'));
  await toward('phone-code', async () => {
    await page.getByRole('button', { name: 'Send the code' }).click();
    await page.getByText(/We are calling/).waitFor({ timeout: screenTimeoutMs });
    await page.getByLabel('The 6-digit code').fill(await readOutboxCode(app.idServerUrl, '+12015550123'));
  });
  await shoot(page, 'phone-code', page.getByRole('heading', { level: 2, name: 'Enter the code' }));
  await signOut(page);
}

/** The authenticator: the two places, DeskID on this computer (a new profile), an app on a phone (QR). */
async function authenticatorPaths(browser: Browser, app: RunningApp): Promise<void> {
  const method = 'Authenticator app + phone';
  const here = await freshPersonChooses(browser, app, {
    username: 'sam.ortiz',
    displayName: 'Sam Ortiz',
    method,
    screen: 'authenticator-choice',
  });
  await shoot(here, 'authenticator-choice', here.getByRole('button', { name: 'An app on my phone' }));
  await toward('authenticator-this-computer', async () => {
    await here.getByRole('button', { name: 'DeskID on this computer' }).click();
    await here.getByLabel('Your name').fill('Sam at the front desk');
    await here.getByLabel('Choose a PIN').fill('482913');
    await here.getByLabel('Type the PIN again').fill('482913');
  });
  await shoot(here, 'authenticator-this-computer', here.getByRole('button', { name: 'Create my profile' }));
  await toward('backup-phone', () => here.getByRole('button', { name: 'Create my profile' }).click());
  await shoot(here, 'backup-phone', stepHeading(here, 'Add a phone as a backup?'));
  await signOut(here);

  const phone = await freshPersonChooses(browser, app, {
    username: 'ana.ruiz',
    displayName: 'Ana Ruiz',
    method,
    screen: 'authenticator-phone-app',
  });
  await toward('authenticator-phone-app', () => phone.getByRole('button', { name: 'An app on my phone' }).click());
  await shoot(
    phone,
    'authenticator-phone-app',
    phone.getByRole('img', { name: 'Square code (QR code) to scan with your authenticator app' }),
    { fullPage: true },
  );
  await signOut(phone);
}

/** Signing in to an account that has methods: the choice of how to confirm it's you. */
async function mfaChoice(browser: Browser, app: RunningApp): Promise<void> {
  const page = await newPage(browser);
  const person = await createCompliantPerson(app, 'pat.kim', 'Pat Kim');
  await toward('mfa-choice', () => signIn(page, app.url, person.username, person.password));
  await shoot(page, 'mfa-choice', stepHeading(page, 'Confirm it’s you'));
  // Not signed in yet (the choice is pending), so there is nothing to sign out of.
  await page.context().close();
}

/** The set-up link a service would show for `account`. */
const setUpLink = ({ issuer, label, secret }: TestAccount): string =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;

/** On the codes screen: adds `account` by pasting its set-up link, shooting the form when `shot` is named. */
async function addByLink(page: Page, account: TestAccount, shot?: string): Promise<void> {
  const screen = shot ?? 'add-account';
  await toward(screen, async () => {
    await page.getByRole('link', { name: 'Add an account' }).click();
    await page.getByRole('textbox', { name: 'Set-up link (otpauth://)' }).fill(setUpLink(account));
  });
  if (shot !== undefined) await shoot(page, shot, page.getByRole('button', { name: 'Add from the link' }));
  await toward(screen, async () => {
    await page.getByRole('button', { name: 'Add from the link' }).click();
    await page.getByRole('heading', { name: `Added: ${account.issuer}: ${account.label}.` }).waitFor();
    await page.getByRole('link', { name: 'Back to my codes' }).click();
  });
}

/**
 * DeskID as the authenticator: a second person on the desktop (after Sam's profile) adds
 * the demo accounts, then the codes with the ring, a copied code, search, the import
 * preview, the backup form, Settings, and after Switch person the people list and the PIN.
 */
async function codesPath(browser: Browser, app: RunningApp): Promise<void> {
  const page = await newPage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const person = { name: 'Robin Diaz', pin: '583016' };
  await toward('add-account', () => openNewPerson(page, person, app.url));
  await addByLink(page, demo.portal, 'add-account');
  await addByLink(page, demo.payroll);
  await addByLink(page, demo.labResults);
  await shoot(page, 'codes', page.locator('.code-list .countdown').first());
  await toward('search', () => page.getByRole('searchbox', { name: 'Search accounts' }).fill('pay'));
  await shoot(page, 'search', codeButton(page, demo.payroll));
  await toward('codes-copied', async () => {
    await page.getByRole('searchbox', { name: 'Search accounts' }).clear();
    await codeButton(page, demo.portal).click();
  });
  await shoot(page, 'codes-copied', page.getByRole('status').filter({ hasText: /Copied; clears in/ }));
  await toward('import-preview', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('Export file').setInputFiles(importFixture);
  });
  await shoot(page, 'import-preview', page.locator('table.import-preview'), { fullPage: true });
  await toward('backup', async () => {
    await page.getByRole('link', { name: 'Go to my codes' }).click();
    await page.getByRole('link', { name: 'Export', exact: true }).click();
    const passphrase = 'violet kettle harbour nineteen';
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Type the passphrase again').fill(passphrase);
  });
  await shoot(page, 'backup', page.getByText('Very strong'));
  await toward('settings', () => page.getByRole('link', { name: 'Settings' }).click());
  await shoot(page, 'settings', page.getByRole('heading', { level: 1, name: 'Settings' }), { fullPage: true });

  await toward('people', () => page.getByRole('button', { name: 'Switch person' }).click());
  await shoot(page, 'people', page.getByRole('radio', { name: person.name }));
  await toward('unlock', async () => {
    await page.getByRole('radio', { name: person.name }).check();
    await page.getByLabel('Your PIN').fill(person.pin);
  });
  await shoot(page, 'unlock', page.getByRole('button', { name: 'Open my profile' }));
  await toward('codes (after the PIN)', async () => {
    await tryPin(page, person.name, person.pin);
    await page.getByRole('heading', { level: 1, name: 'Your codes' }).waitFor();
  });
  await page.context().close();
}

async function main(): Promise<void> {
  await buildRendererIfStale();
  await mkdir(imagesDir, { recursive: true });
  const app = await startApp();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await passkeyPath(browser, app);
    await phonePath(browser, app);
    await authenticatorPaths(browser, app);
    await mfaChoice(browser, app);
    await codesPath(browser, app);
  } finally {
    await browser.close();
    await app.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof ScreenNotReached ? error.message : error);
  process.exitCode = 1;
}
