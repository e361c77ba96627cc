import { generateSync } from 'otplib';
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningApp } from '../fixtures/browserHost';
import { runDeskid } from '../fixtures/runDeskid';

/** One authenticator account a test gives a person: what the page shows and the secret behind it. */
export interface TestAccount {
  issuer: string;
  label: string;
  /** Base32, 160 bits: the ID server's own kind. */
  secret: string;
}

/**
 * Adds a person to the app's desktop with `deskid` (the app's data folder and keychain
 * service), with these accounts, as IT or the person would from a terminal.
 */
export async function addPerson(app: RunningApp, name: string, pin: string, accounts: TestAccount[]): Promise<void> {
  const env = { DESKID_KEYCHAIN_SERVICE: app.keychainService };
  const where = ['--data-dir', app.dataDir];
  const added = await runDeskid(['profiles', 'add', name, '--pin-stdin', ...where], { stdin: `${pin}\n`, env });
  expect(added.stderr).toBe('');
  for (const { issuer, label, secret } of accounts) {
    const uri = `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
    const run = await runDeskid(['accounts', 'add', '-', '--profile', name, '--pin-stdin', ...where], {
      stdin: `${pin}\n${uri}\n`,
      env,
    });
    expect(run.stdout).toContain('Added 1 account.');
  }
}

/** Opens the app on the people list (Authenticator codes). */
export async function openPeopleList(page: Page, app: RunningApp): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Authenticator codes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeFocused();
}

/** On the people list: picks `name`, types `pin` and opens the profile (the answer is the test's to check). */
export async function tryPin(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name }).check();
  await page.getByLabel('Your PIN').fill(pin);
  await page.getByRole('button', { name: 'Open my profile' }).click();
}

/** On the people list: opens `name`'s codes with their PIN. */
export async function openPerson(page: Page, name: string, pin: string): Promise<void> {
  await tryPin(page, name, pin);
  await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeFocused();
  await expect(page.getByText(`Codes of ${name}`)).toBeVisible();
}

/** The copy button holding an account's code. */
export const codeButton = (page: Page, account: TestAccount): Locator =>
  page.getByRole('button', { name: `Copy the code of ${account.issuer} (${account.label})` });

/** What an authenticator account's code is made from: its secret, and RFC 6238's defaults unless said. */
export interface Totp {
  /** Base32. */
  secret: string;
  algorithm?: 'sha1' | 'sha256' | 'sha512';
  digits?: number;
  period?: number;
}

/**
 * RFC 6238's code for `secret` at `now`, by otplib, independent of DeskID's own
 * (adding.spec.ts checks it against the RFC's own test vector).
 */
export const rfc6238 = ({ secret, algorithm = 'sha1', digits = 6, period = 30 }: Totp, now: number): string =>
  generateSync({ strategy: 'totp', secret, epoch: Math.floor(now / 1000), period, algorithm, digits });

/** RFC 6238's code for `secret` at `at` (SHA-1, 6 digits, 30 s). */
export const rfc6238Now = (secret: string, at = Date.now()): string => rfc6238({ secret }, at);

/** The code an account shows on the codes screen, named as the screen names it (`GitHub (ana)`, or the one name it has). */
const shownCode = (page: Page, name: string): Locator => {
  const literal = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Anchored at the end: `pi@raspberrypi` is not `raspberrypi (pi@raspberrypi)`.
  return page.getByRole('button', { name: new RegExp(`Copy the code of ${literal}$`) }).locator('.code');
};

/** The code the account `name` shows equals RFC 6238's for its secret now (polled: a step may end while reading). */
export async function expectRfcCode(page: Page, name: string, totp: Totp): Promise<void> {
  await expect
    .poll(async () => {
      const shown = ((await shownCode(page, name).textContent()) ?? '').replace(/\s/g, '');
      const expected = rfc6238(totp, Date.now());
      return shown === expected ? 'equal' : `${name}: shown ${shown}, expected ${expected}`;
    })
    .toBe('equal');
}

/** `123456` as the page shows it: `123 456`. */
export const grouped = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

/** The whole page's HTML: what a locked screen must not hold. */
export const pageHtml = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);
