import { expect, expectNoAxeViolations, test } from './fixtures';
import { startHostProcess, type RunningHost } from '../fixtures/browserHost';
import { createAccount } from '../fixtures/wizardPage';
import { startServer, type RunningServer } from '../../server/startServer';

/**
 * Before the enforcement date a password alone opens a full session, fresh for 10
 * minutes; an account with no method then has nothing to confirm it is you with. The
 * wizard must not leave that person stuck: the ID server's `step_up_required` comes with
 * "Sign in again", which leads back to the step still pending. The server's clock is moved
 * by hand.
 */
let server: RunningServer;
let host: RunningHost;
let offsetMs = 0;

test.beforeEach(async () => {
  offsetMs = 0;
  server = await startServer({ port: 0, enforceFrom: '2099-01-01', now: () => Date.now() + offsetMs });
  host = await startHostProcess(['--server', server.url]);
});
test.afterEach(async () => {
  await host.stop();
  await server.close();
});

test('a set-up left for more than 10 minutes before the enforcement date: sign in again and go on', async ({
  page,
}) => {
  const person = await createAccount(server.url);
  const signIn = async () => {
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  await page.goto(host.url);
  await signIn();
  await page.getByRole('button', { name: 'Choose Password + phone' }).click();
  await page.getByLabel('Phone number').fill('201 555 0123');

  offsetMs += 11 * 60_000;
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByText(/more than 10 minutes old/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page.getByLabel('Username')).toBeVisible();
  await signIn();
  // A fresh session: the same step now sends the code.
  await page.getByRole('button', { name: 'Choose Password + phone' }).click();
  await page.getByLabel('Phone number').fill('201 555 0123');
  await page.getByRole('button', { name: 'Send the code' }).click();
  await expect(page.getByLabel('The 6-digit code')).toBeVisible();
});
