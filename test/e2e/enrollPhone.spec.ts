import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, readOutbox, readOutboxCode, test } from './fixtures';
import { createAccount, signIn, signInFreshAccount, stepHeading, tabTo } from './signInSteps';
import { expectCompliantDone, finishRecoveryStep, shownRecoveryCode } from '../fixtures/wizardPage';

const number = '+12015550123';

/** Types the code the ID server sent (by `channel`, as its dev outbox shows) and confirms the phone: the recovery step comes next. */
async function confirmSentCode(page: Page, idServerUrl: string, channel: 'sms' | 'voice'): Promise<void> {
  const [sent] = await readOutbox(idServerUrl, number);
  expect(sent?.channel).toBe(channel);
  await page.getByLabel('The 6-digit code').fill(sent?.code ?? '');
  await page.getByRole('button', { name: 'Confirm my phone' }).click();
  await expect(page.getByText('Step 4 of 4')).toBeVisible();
}

test.describe('password + phone', () => {
  test('by SMS: from sign-in to a verified phone, then the recovery code, to a compliant account', async ({
    page,
    app,
  }) => {
    await signInFreshAccount(page, app);
    await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Choose Password + phone' }).click();
    await expect(stepHeading(page, 'Set up your phone')).toBeFocused();
    await expect(page.getByText('Step 3 of 4')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue('US');
    await page.getByLabel('Phone number').pressSequentially('2015550123');
    await expect(page.getByLabel('Phone number')).toHaveValue('(201) 555-0123');
    await expect(page.getByRole('radio', { name: 'Text message (SMS)' })).toBeChecked();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send the code' }).click();

    await expect(page.getByText('We sent a text message with a 6-digit code to •••-•••-0123.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Text me a new code' })).toBeDisabled();
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoAxeViolations(page);
    await confirmSentCode(page, app.idServerUrl, 'sms');
    await finishRecoveryStep(page, /^Phone: /);
    await expectNoAxeViolations(page);
  });

  test('by voice call (the code read from the dev outbox) to a compliant account; then signing in with a call', async ({
    page,
    clockedApp: app,
  }) => {
    const { username, password } = await signInFreshAccount(page, app);
    await page.getByRole('button', { name: 'Choose Password + phone' }).click();
    await page.getByLabel('Phone number').fill('201 555 0123');
    await page.getByRole('radio', { name: 'Voice call' }).check();
    await page.getByRole('button', { name: 'Send the code' }).click();
    await expect(page.getByText('We are calling •••-•••-0123. A voice will read out a 6-digit code.')).toBeVisible();
    await confirmSentCode(page, app.idServerUrl, 'voice');
    await finishRecoveryStep(page, /^Phone: /);

    // Signing in with the phone, by a call: past the server's 30 s between two codes to one number.
    await page.getByRole('button', { name: 'Sign out' }).click();
    app.advance(60_000);
    await signIn(page, app.url, username, password);
    await page.getByRole('button', { name: 'Get a code on your phone •••-•••-0123' }).click();
    await page.getByRole('button', { name: 'Call me with a code' }).click();
    await expect(page.getByText('We are calling •••-•••-0123. A voice will read out a 6-digit code.')).toBeVisible();
    await expectNoAxeViolations(page);
    const [call, enrollment] = await readOutbox(app.idServerUrl, number);
    expect(call?.channel).toBe('voice');
    expect(call?.sentAt).not.toBe(enrollment?.sentAt);
    await page.getByLabel('The 6-digit code').fill(call?.code ?? '');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('link', { name: 'My sign-in methods', exact: true })).toBeVisible();
    await expect(stepHeading(page, 'Confirm it’s you')).toHaveCount(0);
  });

  test('an extension is refused on the field, with no request sent', async ({ page, app }) => {
    const { username, password } = await createAccount(app.idServerUrl);
    const addPhoneRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/bridge/call/enrollment.addPhone')) addPhoneRequests.push(request.url());
    });
    await signIn(page, app.url, username, password);
    await page.getByRole('button', { name: 'Choose Password + phone' }).click();
    const field = page.getByLabel('Phone number');
    await field.fill('201 555 0123 ext. 12');
    await page.getByRole('button', { name: 'Send the code' }).click();
    await expect(
      page.getByText('Use a mobile phone or a direct landline. Numbers with an extension will not work.'),
    ).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
    await field.fill('2015550123#45');
    await field.press('Enter');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(addPhoneRequests).toEqual([]);
    expect(await readOutbox(app.idServerUrl, number)).toEqual([]);
  });

  test('email is not offered, and "Where is email?" says why', async ({ page, app }) => {
    await signInFreshAccount(page, app);
    await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeVisible();
    await expect(page.getByRole('button', { name: /email/i })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Passkey',
      'Authenticator app + phone',
      'Password + phone',
      'No smartphone at work?',
    ]);
    await page.getByText('Where is email?').click();
    await expect(page.getByText(/no longer accepts email for recovery or sign-in codes/)).toContainText(
      'because email accounts are often shared or taken over',
    );
    await expectNoAxeViolations(page);
  });

  test('the whole phone path by keyboard alone, recovery code included, to a compliant account', async ({
    page,
    app,
  }) => {
    const { username, password } = await createAccount(app.idServerUrl);
    await page.goto(app.url);
    await expect(stepHeading(page, 'Sign in to your ID account')).toBeFocused();
    await tabTo(page, page.getByLabel('Username'));
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeFocused();
    await tabTo(page, page.getByRole('button', { name: 'Choose Password + phone' }));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 'Set up your phone')).toBeFocused();
    await tabTo(page, page.getByLabel('Phone number'));
    await page.keyboard.type('201 555 0123');
    await tabTo(page, page.getByRole('radio', { name: 'Text message (SMS)' }));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Voice call' })).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: 'Send the code' }));
    await page.keyboard.press('Space');

    await expect(page.getByRole('heading', { level: 2, name: 'Enter the code' })).toBeFocused();
    await tabTo(page, page.getByLabel('The 6-digit code'));
    await page.keyboard.type(await readOutboxCode(app.idServerUrl, number));
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 'Save your recovery code')).toBeFocused();
    await expect(page.getByText('Step 4 of 4')).toBeVisible();
    const code = await shownRecoveryCode(page);
    await tabTo(page, page.getByRole('button', { name: 'Save to a file' }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^DeskID-recovery-code-/);
    await tabTo(page, page.getByLabel('Last 4 digits of your recovery code'));
    await page.keyboard.type(code.slice(12));
    await page.keyboard.press('Enter');
    await expectCompliantDone(page, /^Phone: /);
  });
});
