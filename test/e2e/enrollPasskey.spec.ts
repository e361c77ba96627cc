import { expectNoAxeViolations, expect, test } from './fixtures';
import {
  addVirtualAuthenticator,
  confirmRecoveryCode,
  createAccount,
  reachRecoveryStepWithPasskey,
  shownRecoveryCode,
  signInByKeyboard,
  tabTo,
} from '../fixtures/wizardPage';

/**
 * The passkey path, through the UI from the sign-in, with Chromium's virtual platform
 * authenticator standing in for Windows Hello / Touch ID (the page is on
 * http://localhost, the RP ID `localhost`).
 */
test.describe('passkey enrollment', () => {
  test('from sign-in to a compliant account by keyboard alone, in at most 7 actions; then signing in with the passkey', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    await addVirtualAuthenticator(page);
    let actions = 0;
    const press = async (key: 'Enter' | 'Space') => {
      actions += 1;
      await page.keyboard.press(key);
    };

    // 1: Enter submits the password.
    await page.goto(app.url);
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByLabel('Password').focus();
    await press('Enter');

    // 2: choose the passkey.
    await expect(page.getByText('Step 2 of 4')).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: /^Choose passkey/i }));
    await press('Enter');

    // 3: create it (the name is prefilled); 4: the OS prompt, which the virtual authenticator answers.
    await expect(page.getByText(/confirm with your face, fingerprint or PIN/)).toBeVisible();
    await expectNoAxeViolations(page);
    await tabTo(page, page.getByRole('button', { name: 'Create my passkey' }));
    await press('Enter');
    actions += 1;

    // 5: the new passkey is named; Continue has focus.
    await expect(page.getByText(/Your passkey “.+” is set up\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await expectNoAxeViolations(page);
    await press('Enter');

    // 6: save the recovery code to a file.
    await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery code' })).toBeFocused();
    const code = await shownRecoveryCode(page);
    await tabTo(page, page.getByRole('button', { name: 'Save to a file' }));
    const download = page.waitForEvent('download');
    await press('Enter');
    expect((await download).suggestedFilename()).toMatch(
      new RegExp(`^DeskID-recovery-code-${person.username}-\\d{4}-\\d{2}-\\d{2}\\.txt$`),
    );

    // 7: type the last 4 digits and press Enter.
    await tabTo(page, page.getByLabel('Last 4 digits of your recovery code'));
    await page.keyboard.type(code.slice(12));
    await press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'You are all set' })).toBeVisible();
    await expect(page.getByText(/meets the ID server’s rules/)).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: /^Passkey: / })).toBeVisible();
    await expectNoAxeViolations(page);
    // eslint-disable-next-line no-console -- the effort count is printed so the closing note can quote it.
    console.log(`Passkey path: ${actions} actions from the password's Enter to the confirmed recovery code.`);
    expect(actions).toBeLessThanOrEqual(7);

    // Signing in with the passkey afterwards.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInByKeyboard(page, app.url, person);
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await page.getByRole('button', { name: 'Use my passkey' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You are all set' })).toBeVisible();
  });

  test('a computer with no platform authenticator says so before any prompt, and offers another method', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    const optionRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/bridge/call/enrollment.passkeyOptions')) optionRequests.push(request.url());
    });
    await signInByKeyboard(page, app.url, person);
    await page.getByRole('button', { name: /^Choose passkey/i }).click();
    await page.getByRole('button', { name: 'Create my passkey' }).click();
    await expect(page.getByText(/cannot hold a passkey/)).toBeVisible();
    expect(optionRequests).toEqual([]);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Choose another method' }).click();
    await expect(page.getByRole('button', { name: /^Choose passkey/i })).toBeVisible();
  });

  test('a prompt the person declines is its own message, with try again', async ({ page, app }) => {
    const person = await createAccount(app.idServerUrl);
    await addVirtualAuthenticator(page, { isUserVerified: false });
    await signInByKeyboard(page, app.url, person);
    await page.getByRole('button', { name: /^Choose passkey/i }).click();
    await page.getByRole('button', { name: 'Create my passkey' }).click();
    await expect(page.getByText(/The prompt was closed before the passkey was made/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose another method' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a passkey this computer already holds for the account is its own message, with another method', async ({
    page,
    app,
  }) => {
    const person = await createAccount(app.idServerUrl);
    await reachRecoveryStepWithPasskey(page, app.url, person);
    await confirmRecoveryCode(page, (await shownRecoveryCode(page)).slice(12));
    await page.getByRole('link', { name: 'See or change my sign-in methods' }).click();
    await page.getByRole('button', { name: 'Add another method' }).click();
    await page.getByRole('button', { name: /^Choose passkey/i }).click();
    await page.getByRole('button', { name: 'Create my passkey' }).click();
    await expect(page.getByText(/already holds a passkey for your account/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose another method' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
