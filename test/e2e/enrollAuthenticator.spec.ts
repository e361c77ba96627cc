import { expect, expectNoAxeViolations, test } from './fixtures';
import { readQrCode, signIn, signInFreshAccount, stepHeading, totpNow } from './signInSteps';
import { finishRecoveryStep } from '../fixtures/wizardPage';

test.describe('authenticator + phone', () => {
  test('DeskID on this computer: create a profile with a PIN, verified by itself, to a compliant account; then sign in again with its code', async ({
    page,
    app,
  }) => {
    // Signing in again may wait up to 30 s for the next code (the set-up spent this one).
    test.setTimeout(90_000);
    const { username, password } = await signInFreshAccount(page, app);
    await page.getByRole('button', { name: 'Choose Authenticator app + phone' }).click();
    await expect(stepHeading(page, 'Set up your authenticator')).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'DeskID on this computer' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Create your DeskID profile' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('Your name').fill('Dana at the front desk');
    await page.getByLabel('Choose a PIN').fill('111111');
    await page.getByLabel('Type the PIN again').fill('111111');
    await page.getByRole('button', { name: 'Create my profile' }).click();
    // The services refuse a trivial PIN, in their own words.
    await expect(page.getByRole('alert').filter({ hasText: /PIN/ })).toBeVisible();
    await page.getByLabel('Choose a PIN').fill('482913');
    await page.getByLabel('Type the PIN again').fill('482913');
    await page.getByRole('button', { name: 'Create my profile' }).click();

    await expect(stepHeading(page, 'Add a phone as a backup?')).toBeFocused();
    await expect(
      page.getByText('Done: DeskID in the profile “Dana at the front desk” is now your authenticator.', {
        exact: false,
      }),
    ).toBeVisible();
    await expect(page.getByRole('img')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByText('Step 4 of 4')).toBeVisible();
    await finishRecoveryStep(page, /^Authenticator app: /);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, app.url, username, password);
    const here = page.getByRole('button', { name: 'Use the code from DeskID on this computer' });
    await expect(page.getByRole('list', { name: 'Ways to confirm' }).getByRole('button').first()).toHaveText(
      'Use the code from DeskID on this computer',
    );
    await here.click();
    // Signing out locked the profile: its PIN opens it again, then DeskID makes the code.
    await expect(page.getByRole('heading', { level: 2, name: 'Open your DeskID profile' })).toBeVisible();
    const pin = page.getByLabel(/^PIN of /);
    await expect(pin).toHaveAttribute('type', 'password');
    await expectNoAxeViolations(page);
    await pin.fill('482913');
    await pin.press('Enter');
    // The code of this 30-second step may have been spent on the set-up: then the page waits for the next one.
    const signedIn = page.getByRole('link', { name: 'My sign-in methods', exact: true });
    await expect(signedIn.or(page.getByRole('timer'))).toBeVisible();
    if (!(await signedIn.isVisible())) {
      const open = page.getByRole('button', { name: 'Open and sign in' });
      await expect(open).toBeEnabled({ timeout: 35_000 });
      await pin.fill('482913');
      await open.click();
    }
    await expect(signedIn).toBeVisible();
  });

  test('an app on my phone: the QR code read from the screen makes the code that confirms it, to a compliant account; then signing in with that app', async ({
    page,
    clockedApp: app,
  }) => {
    const { username, password } = await signInFreshAccount(page, app);
    await page.getByRole('button', { name: 'Choose Authenticator app + phone' }).click();
    await page.getByRole('button', { name: 'An app on my phone' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'An app on my phone' })).toBeFocused();
    const qr = page.getByRole('img', { name: 'Square code (QR code) to scan with your authenticator app' });
    const uri = new URL(await readQrCode(qr));
    expect(uri.protocol).toBe('otpauth:');
    const secret = uri.searchParams.get('secret') ?? '';
    const setupKey = await page.locator('.setup-key code').textContent();
    expect(setupKey?.replace(/ /g, '')).toBe(secret);
    await expect(page.getByText(/Microsoft Authenticator \(preferred\)/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('The 6-digit code your app shows now').fill(totpNow(secret, app.now()));
    await page.getByRole('button', { name: 'Confirm my app' }).click();
    await expect(stepHeading(page, 'Add a phone as a backup?')).toBeFocused();
    await expect(page.getByText('Done: your authenticator app is set up.')).toBeVisible();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await expect(page.getByText('Step 4 of 4')).toBeVisible();
    await finishRecoveryStep(page, /^Authenticator app: /);

    // Signing in with the app's code: a minute on, so not the code the set-up spent.
    await page.getByRole('button', { name: 'Sign out' }).click();
    app.advance(60_000);
    await signIn(page, app.url, username, password);
    await expect(stepHeading(page, 'Confirm it’s you')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Use the code from DeskID on this computer' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Enter a code from your authenticator app' }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel('The 6-digit code your app shows now').fill(totpNow(secret, app.now()));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('link', { name: 'My sign-in methods', exact: true })).toBeVisible();
    await expect(stepHeading(page, 'Confirm it’s you')).toHaveCount(0);
  });
});

test.describe('Back on the backup-phone offer', () => {
  test('leads to step 2 with the authenticator kept, where no Back leads forward: the way on goes to the recovery code', async ({
    page,
    clockedApp: app,
  }) => {
    await signInFreshAccount(page, app);
    await page.getByRole('button', { name: 'Choose Authenticator app + phone' }).click();
    await page.getByRole('button', { name: 'An app on my phone' }).click();
    const qr = page.getByRole('img', { name: 'Square code (QR code) to scan with your authenticator app' });
    const secret = new URL(await readQrCode(qr)).searchParams.get('secret') ?? '';
    await page.getByLabel('The 6-digit code your app shows now').fill(totpNow(secret, app.now()));
    await page.getByRole('button', { name: 'Confirm my app' }).click();
    await expect(stepHeading(page, 'Add a phone as a backup?')).toBeFocused();

    // Back, by keyboard: to the choice of method, its heading focused, the authenticator kept.
    await page.getByRole('button', { name: 'Back' }).press('Enter');
    await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeFocused();
    await expect(page.getByText('Step 2 of 4')).toBeVisible();
    await expect(page.getByText(/You already have a sign-in method/)).toBeVisible();
    // No Back here: it could only lead forward (or sign out).
    await expect(page.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Go on to my recovery code' }).press('Enter');
    await expect(page.getByText('Step 4 of 4')).toBeVisible();
    await finishRecoveryStep(page, /^Authenticator app: Authenticator app/);
  });
});
