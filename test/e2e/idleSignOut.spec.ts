import { expect, expectNoAxeViolations, test } from './fixtures';
import { createAccount, signIn, stepHeading } from './signInSteps';

const idleNotice =
  'DeskID signed you out because nobody used it for a while (the auto-lock time in Settings), so that no one else at this computer can change your sign-in. Nothing you finished is lost: sign in again to go on.';

test('the idle lock during set-up: typing holds it off; once nobody acts, the sign-in step says why, and signing in again goes on', async ({
  page,
  app,
}) => {
  // The shortest idle time a person can set is one minute: this test waits for it twice.
  test.setTimeout(300_000);
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Lock after this many minutes without use').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  const { username, password } = await createAccount(app.idServerUrl);
  await page.getByRole('link', { name: 'Set up sign-in' }).click();
  await signIn(page, app.url, username, password);
  await page.getByRole('button', { name: 'Choose Password + phone' }).click();
  await expect(stepHeading(page, 'Set up your phone')).toBeFocused();
  // Typing slowly for longer than the idle time (a number read off a card, say): only
  // key presses, no bridge call, and the person is still at set-up afterwards.
  await page.getByLabel('Phone number').pressSequentially('2015550123', { delay: 8_000 });
  await expect(page.getByLabel('Phone number')).toHaveValue('(201) 555-0123');
  await expect(stepHeading(page, 'Set up your phone')).toBeVisible();

  // Nobody acts now: the host signs out and the page says why, on the sign-in step.
  await expect(page.getByRole('status').filter({ hasText: idleNotice })).toBeVisible({ timeout: 120_000 });
  await expect(stepHeading(page, 'Sign in to your ID account')).toBeVisible();
  await expect(page.getByLabel('Phone number')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Signing in again lands on the step still pending, and the notice goes.
  await signIn(page, app.url, username, password);
  await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeFocused();
  await expect(page.getByText(idleNotice)).toHaveCount(0);
});
