import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expect, test } from './fixtures';
import {
  confirmRecoveryCode,
  createAccount,
  reachRecoveryStepWithPasskey,
  shownRecoveryCode,
  signInWithRecoveryCodeApi,
} from '../fixtures/wizardPage';

/** A digit string's Luhn check (the protocol's rule), to build wrong-but-valid endings in the test. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

test.describe('recovery code', () => {
  test('the downloaded file holds the grouped code, the account, the server and the instructions', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    await reachRecoveryStepWithPasskey(page, app.url, person);
    await expectNoAxeViolations(page);
    const code = await shownRecoveryCode(page);
    const grouped = code.match(/\d{4}/g)?.join(' ') ?? '';

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save to a file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^DeskID-recovery-code-${person.username}-\\d{4}-\\d{2}-\\d{2}\\.txt$`),
    );
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain(grouped);
    expect(text).toMatch(new RegExp(`^Account: +${person.username}$`, 'm'));
    expect(text).toMatch(new RegExp(`^Server: +${app.idServerUrl.replace(/[./]/g, '\\$&')}/?$`, 'm'));
    expect(text).toMatch(/^Issued on: /m);
    expect(text).toContain('If you lose it you will need a new account.');
    expect(text).toContain('Anyone with this code and your password can sign in as you.');
    await expect(page.getByText(`The file ${download.suggestedFilename()} is in your downloads.`)).toBeVisible();
  });

  test('a typo is caught before any request; valid but wrong digits are the server’s mismatch with tries left', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    await reachRecoveryStepWithPasskey(page, app.url, person);
    const code = await shownRecoveryCode(page);
    const confirmRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/bridge/call/enrollment.confirmRecoveryCode')) confirmRequests.push(request.url());
    });

    // One digit changed: Luhn fails, nothing is sent.
    const last = code.slice(12);
    const typo = `${last.slice(0, 3)}${(Number(last[3]) + 1) % 10}`;
    await confirmRecoveryCode(page, typo);
    await expect(page.getByText(/do not fit this code/)).toBeVisible();
    expect(confirmRequests).toEqual([]);
    await expectNoAxeViolations(page);

    // Other digits that pass Luhn: only the server can say they are wrong, and it counts them.
    const validButWrong = Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0')).find(
      (candidate) => candidate !== last && luhnValid(code.slice(0, 12) + candidate),
    );
    if (validButWrong === undefined) throw new Error('no other Luhn-valid ending');
    await confirmRecoveryCode(page, validButWrong);
    await expect(page.getByText(/not the last 4 digits of your recovery code/)).toBeVisible();
    await expect(page.getByText('4 tries left before confirming is locked for 15 minutes.')).toBeVisible();
    expect(confirmRequests).toHaveLength(1);

    await confirmRecoveryCode(page, last);
    await expect(page.getByRole('heading', { level: 1, name: 'You are all set' })).toBeVisible();
  });

  test('a new code from the manage page stops the old one at once, and must be confirmed again', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    await reachRecoveryStepWithPasskey(page, app.url, person);
    const oldCode = await shownRecoveryCode(page);
    await confirmRecoveryCode(page, oldCode.slice(12));
    await page.getByRole('link', { name: 'See or change my sign-in methods' }).click();

    await page.getByRole('button', { name: 'Get a new recovery code' }).click();
    await expect(page.getByText(/the old code stops working/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, replace my code' }).click();
    await expect(page.getByText('This is your new recovery code. Your old one no longer works.')).toBeVisible();
    const newCode = await shownRecoveryCode(page);
    expect(newCode).not.toBe(oldCode);
    await expect(page.getByText(/not confirmed yet/)).toBeVisible();

    expect(await signInWithRecoveryCodeApi(app.idServerUrl, person, oldCode)).toEqual({
      status: 400,
      error: 'invalid_code',
    });

    await confirmRecoveryCode(page, newCode.slice(12));
    await expect(page.getByText('Your recovery code is confirmed.')).toBeVisible();
    await expect(page.getByText(/saved and confirmed \(issued on/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
