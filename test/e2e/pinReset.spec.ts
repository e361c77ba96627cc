import { countWrongPins } from '../fixtures/peoplePage';
import { shownRecoveryCode } from '../fixtures/wizardPage';
import { expect, expectNoAxeViolations, readOutboxCode, test } from './fixtures';
import { signInFreshAccount, stepHeading } from './signInSteps';
import type { Page } from '@playwright/test';

const phone = '+12015550123';
const name = 'Dana at the front desk';
const oldPin = '482913';
const newPin = '604271';

/** On a PIN-reset step: "Text me a code", then the code from the ID server's dev outbox, by keyboard. */
async function confirmByText(page: Page, idServerUrl: string, { axe = false } = {}): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: 'Confirm it is you' })).toBeFocused();
  if (axe) await expectNoAxeViolations(page);
  const textMe = page.getByRole('button', { name: 'Text me a code at •••-•••-0123' });
  await textMe.click();
  // The server sends one code a number per 30 s: a code sent just before makes the page count the wait down.
  const sent = page.getByText('A code is on its way to •••-•••-0123.');
  await expect(sent.or(page.getByRole('timer'))).toBeVisible();
  if (!(await sent.isVisible())) {
    await expect(page.getByRole('alert').filter({ hasText: 'Too many codes were sent to this phone.' })).toBeVisible();
    await expect(textMe).toBeEnabled({ timeout: 35_000 });
    await textMe.click();
    await expect(sent).toBeVisible();
  }
  const field = page.getByLabel('The 6-digit code we sent');
  await field.fill(await readOutboxCode(idServerUrl, phone));
  await field.press('Enter');
}

test.describe('PIN reset by signing in to the ID server', () => {
  test('a linked profile: set up, too many wrong PINs, sign in, a new PIN; the codes stay, the old PIN no longer opens', async ({
    page,
    app,
  }) => {
    test.setTimeout(180_000); // two texts may each wait for the server's 30 s between codes to one number
    // The wizard: DeskID on this computer links the profile to the account; a phone as the backup; the recovery code.
    const { username, password } = await signInFreshAccount(page, app);
    await page.getByRole('button', { name: 'Choose Authenticator app + phone' }).click();
    await page.getByRole('button', { name: 'DeskID on this computer' }).click();
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Choose a PIN').fill(oldPin);
    await page.getByLabel('Type the PIN again').fill(oldPin);
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await expect(stepHeading(page, 'Add a phone as a backup?')).toBeFocused();
    await page.getByRole('button', { name: 'Add a phone' }).click();
    await page.getByLabel('Phone number').fill('201 555 0123');
    await page.getByRole('button', { name: 'Send the code' }).click();
    await expect(page.getByText('We sent a text message with a 6-digit code to •••-•••-0123.')).toBeVisible();
    await page.getByLabel('The 6-digit code').fill(await readOutboxCode(app.idServerUrl, phone));
    await page.getByRole('button', { name: 'Confirm my phone' }).click();
    await expect(stepHeading(page, 'Save your recovery code')).toBeVisible();
    const recoveryCode = await shownRecoveryCode(page);
    await page.getByLabel('Last 4 digits of your recovery code').fill(recoveryCode.slice(-4));
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await expect(page.getByText('Your recovery code is saved and confirmed.')).toBeVisible();

    // The codes of the open profile, and the offer to set the reset up under them.
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeFocused();
    const code = page.getByRole('button', { name: new RegExp(`Copy the code of DeskID \\(${username}\\)$`) });
    await expect(code).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'If you forget your PIN' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Set up PIN reset' }).click();
    const setUpHeading = page.getByRole('heading', { level: 2, name: /^Set up PIN reset: sign in to http:/ });
    await expect(setUpHeading).toBeFocused();
    await page.getByLabel('Password of your ID account').fill(password);
    await page.getByLabel('Password of your ID account').press('Enter');
    await confirmByText(page, app.idServerUrl);
    await expect(page.getByRole('heading', { level: 2, name: 'Confirm with your PIN' })).toBeFocused();
    await page.getByLabel('Your current PIN').fill(oldPin);
    await page.getByLabel('Your current PIN').press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'PIN reset is on' })).toBeVisible();
    await expect(code).toBeVisible();

    // Locked: a wrong PIN offers "Forgot your PIN?"; after too many, the PIN no longer opens and the reset is offered.
    await page.getByRole('button', { name: 'Lock all' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeVisible();
    await page.getByRole('radio', { name }).check();
    await page.getByLabel('Your PIN').fill('000001');
    await page.getByRole('button', { name: 'Open my profile' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Forgot your PIN?' })).toBeVisible();
    await countWrongPins(app, name, 10);
    await page.getByLabel('Your PIN').fill(oldPin);
    await page.getByRole('button', { name: 'Open my profile' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'no longer opens this profile' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Reset my PIN' }).click();

    // Sign in (password, a texted code), then a new PIN under the PIN rules: by keyboard.
    const resetHeading = page.getByRole('heading', { level: 2, name: /^Reset your PIN by signing in to http:/ });
    await expect(resetHeading).toBeFocused();
    // A locked screen names the profile as the list of people does, never its ID account.
    await expect(page.getByText(`linked to the profile of ${name}. Then choose a new PIN.`)).toBeVisible();
    expect(await page.content()).not.toContain(username);
    await expectNoAxeViolations(page);
    const passwordField = page.getByLabel('Password of your ID account');
    await passwordField.fill('not-the-password');
    await passwordField.press('Enter');
    await expect(
      page.getByRole('alert').filter({ hasText: 'The username or password is not right. Check them and try again.' }),
    ).toBeVisible();
    await passwordField.fill(password);
    await passwordField.press('Enter');
    await confirmByText(page, app.idServerUrl, { axe: true });
    await expect(page.getByRole('heading', { level: 2, name: 'Choose a new PIN' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('Choose a PIN').fill('111111');
    await page.getByLabel('Type the PIN again').fill('111111');
    await page.getByLabel('Type the PIN again').press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'repeats one digit' })).toBeVisible();
    await page.getByLabel('Choose a PIN').fill(newPin);
    await page.getByLabel('Type the PIN again').fill(newPin);
    await page.getByLabel('Type the PIN again').press('Enter');

    // The profile opens with its codes; the reset stays set up; the old PIN no longer opens it, the new one does.
    await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeVisible();
    await expect(code).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'If you forget your PIN' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Lock all' }).click();
    await page.getByRole('radio', { name }).check();
    await page.getByLabel('Your PIN').fill(oldPin);
    await page.getByRole('button', { name: 'Open my profile' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
    await page.getByLabel('Your PIN').fill(newPin);
    await page.getByRole('button', { name: 'Open my profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeFocused();
    await expect(code).toBeVisible();
  });

  test('a profile linked to no ID account: the page says the PIN cannot be reset, and what IT can do', async ({
    page,
    app,
  }) => {
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await page.getByLabel('Your name').fill('Pat Lee');
    await page.getByLabel('Choose a PIN').fill(oldPin);
    await page.getByLabel('Type the PIN again').fill(oldPin);
    await page.getByRole('button', { name: 'Create my profile' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'If you forget your PIN' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Lock all' }).click();
    await page.getByRole('radio', { name: 'Pat Lee' }).check();
    await page.getByLabel('Your PIN').fill('000001');
    await page.getByRole('button', { name: 'Open my profile' }).click();
    await page.getByRole('button', { name: 'Forgot your PIN?' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'This PIN cannot be reset here' })).toBeFocused();
    await expect(page.getByText('The profile of Pat Lee is not linked to an ID account')).toBeVisible();
    await expect(page.getByText(/^Ask IT for help/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Back to the list of people' }).click();
    await expect(page.getByLabel('Your PIN')).toBeVisible();
  });
});
