import { randomBytes } from 'node:crypto';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { generateCode } from '../../electron/services/authenticator/generateCode';
import { expect } from './fixtures';

/** A password the ID server accepts (12+ characters, not a common one). */
export const testPassword = 'Clinic-desk-password-7';

/** Creates a fresh account with no method on the ID server, through its own API. */
export async function createAccount(idServerUrl: string): Promise<{ username: string; password: string }> {
  const username = `u${randomBytes(6).toString('hex')}`;
  const response = await fetch(new URL('/api/v1/accounts', idServerUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: testPassword, displayName: `Test ${username}` }),
  });
  if (response.status !== 201)
    throw new Error(`Creating ${username} answered ${response.status}: ${await response.text()}`);
  return { username, password: testPassword };
}

/** Opens the app and signs in with a username and password, through the form. */
export async function signIn(page: Page, url: string, username: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A fresh account with no method, signed in through the form: the wizard's method choice comes next. */
export async function signInFreshAccount(
  page: Page,
  app: { url: string; idServerUrl: string },
): Promise<{ username: string; password: string }> {
  const account = await createAccount(app.idServerUrl);
  await signIn(page, app.url, account.username, account.password);
  return account;
}

/** The 6-digit authenticator code of a base32 secret (spaces allowed, as the setup key is shown), now. */
export function totpNow(secret: string, now = Date.now()): string {
  const account = { id: 'test', issuer: '', label: '', icon: null, sortOrder: 0 };
  const settings = { type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 } as const;
  return generateCode({ ...account, ...settings, secret: secret.replace(/ /g, '') }, now).code;
}

/** Reads the QR code shown in `image` (a screenshot of it, decoded with jsQR): its text. */
export async function readQrCode(image: Locator): Promise<string> {
  const png = PNG.sync.read(await image.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (found === null) throw new Error('No QR code could be read from the screenshot.');
  return found.data;
}

/** The step heading the wizard shows now (its `h1`). */
export const stepHeading = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('heading', { level: 1, name });

/**
 * Presses Tab until `target` has the focus (keyboard alone, as a person would), failing
 * after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  await expect(target, `Tab never reached it in ${max} presses`).toBeFocused();
}
