import { readFile } from 'node:fs/promises';
import { demoPassword } from '../../server/index';
import { shownRecoveryCode, confirmRecoveryCode } from '../fixtures/wizardPage';
import { expect, expectNoAxeViolations, readOutboxCode, test } from './fixtures';
import { signIn, stepHeading } from './signInSteps';

// `npm start` on a machine without the Electron runtime and with no server configured:
// it falls back to the browser host, which starts the embedded demo ID server.
test.use({ appOptions: { entry: 'npm start' } });

const number = '+12015550199';

test('npm start without the runtime: the wizard comes up against the embedded server and demo.none finishes enrollment', async ({
  page,
  app,
}) => {
  // The fixture points ELECTRON_OVERRIDE_DIST_PATH at an empty place, so no download is tried.
  expect(app.stderr()).toContain(
    'The Electron runtime is not installed on this machine (ELECTRON_OVERRIDE_DIST_PATH names /nonexistent/electron, ' +
      'which holds none), so DeskID opens in your browser instead',
  );
  expect(app.stderr()).toMatch(/sign in as demo\.none \(password DeskID-demo-password\)/);

  // Sign in with the demo account the stderr line names: no method yet, enrollment required.
  await signIn(page, app.url, 'demo.none', demoPassword);
  await expect(stepHeading(page, 'Choose how you will confirm it’s you')).toBeFocused();

  // Password + phone, by SMS; the code comes from the embedded server's dev outbox.
  await page.getByRole('button', { name: 'Choose Password + phone' }).click();
  await page.getByLabel('Phone number').fill('201 555 0199');
  await page.getByRole('button', { name: 'Send the code' }).click();
  // Read the outbox only once the page says the code was sent.
  await expect(page.getByText(/We sent a text message/)).toBeVisible();
  await page.getByLabel('The 6-digit code').fill(await readOutboxCode(app.idServerUrl, number));
  await page.getByRole('button', { name: 'Confirm my phone' }).click();

  // The recovery code: saved as a file, then confirmed.
  await expect(stepHeading(page, 'Save your recovery code')).toBeFocused();
  const code = await shownRecoveryCode(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to a file' }).click();
  const saved = await readFile(await (await download).path(), 'utf8');
  expect(saved).toContain(code.replace(/(\d{4})(?=\d)/g, '$1 '));
  expect(saved).toContain('demo.none');
  await confirmRecoveryCode(page, code.slice(12));
  await expect(stepHeading(page, 'You are all set')).toBeVisible();
  await expectNoAxeViolations(page);

  // Signing in afterwards with the recovery code: it works once, so the wizard then asks for a new one.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, app.url, 'demo.none', demoPassword);
  await page.getByRole('button', { name: 'Use your recovery code' }).click();
  await page.getByLabel('Recovery code (16 digits)').fill(code);
  await page.getByLabel('Recovery code (16 digits)').press('Enter');
  await expect(stepHeading(page, 'Save your recovery code')).toBeFocused();
  await expect(page.getByText('You signed in with your recovery code, so it no longer works.')).toBeVisible();
  expect(await shownRecoveryCode(page)).not.toBe(code);
});
