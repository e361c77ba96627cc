import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../server/startServer';
import { repoRoot, stopProcess, waitForLine } from '../fixtures/browserHost';
import { openNewPerson } from '../fixtures/peoplePage';
import { createAccount } from '../fixtures/wizardPage';
import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Machine policy through the browser host: DESKID_POLICY_FILE points at a policy that
 * forbids backups, allows passkeys only, and names an ID server (a second mock server,
 * started here), with no --server. The app signs in to that server, the wizard offers the
 * passkey only, backups are gone, and Settings shows those settings as set by the organization.
 */
test.describe('machine policy', () => {
  let server: RunningServer;
  let dir: string;
  let app: { url: string; stderr: () => string; stop: () => Promise<void> };

  test.beforeEach(async () => {
    server = await startServer({ port: 0, seed: 'demo', argon2: { memoryKiB: 19_456, timeCost: 2, parallelism: 1 } });
    dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-e2e-'));
    const policyFile = path.join(dir, 'policy.json');
    await writeFile(
      policyFile,
      JSON.stringify({ serverUrl: server.url, allowExport: false, allowedMethods: ['passkey'], autoLockMinutes: 7 }),
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data-dir', path.join(dir, 'data')],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DESKID_POLICY_FILE: policyFile, DESKID_KEYCHAIN_SERVICE: `DeskID-test-${randomUUID()}` },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ready = await waitForLine(child, /^DeskID ready at /, () => stderr);
    app = {
      url: ready.slice('DeskID ready at '.length),
      stderr: () => stderr,
      stop: () => stopProcess(child).then(() => undefined),
    };
  });

  test.afterEach(async () => {
    await app.stop();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('signs in to the policy’s server, offers only the passkey, hides backups and shows the settings as set by the organization', async ({
    page,
  }) => {
    // No embedded demo server started: the policy's server is the one.
    expect(app.stderr()).not.toMatch(/Demo ID server at/);
    const person = await createAccount(server.url);
    await page.goto(app.url);
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Step 2 of 4')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Choose / })).toHaveCount(1);
    await expect(page.getByRole('button', { name: /^Choose passkey/i })).toBeVisible();
    await expectNoAxeViolations(page);

    // The authenticator: no backup, neither its link nor its form.
    await openNewPerson(page);
    const links = page.getByRole('navigation', { name: 'Your codes' });
    await expect(links.getByRole('link', { name: 'Import' })).toBeVisible();
    await expect(links.getByRole('link', { name: 'Export' })).toHaveCount(0);
    await links.getByRole('link', { name: 'Restore a backup' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Restore a backup' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Make an encrypted backup' })).toHaveCount(0);

    // Settings: what the organization sets, locked.
    await page.getByRole('link', { name: 'Settings' }).click();
    const organization = page.getByTestId('organization-settings');
    await expect(organization).toBeVisible();
    const shown: [string, string][] = [
      ['ID server', server.url],
      ['Backups allowed', 'Off'],
      ['Sign-in methods allowed', 'Passkey'],
      ['Lock after (minutes)', '7'],
    ];
    for (const [name, value] of shown) {
      await expect(organization.locator('div', { hasText: name })).toHaveText(
        `${name}${value} (Set by your organization)`,
      );
    }
    await expect(page.getByLabel('Lock after this many minutes without use')).toHaveJSProperty('readOnly', true);
    await expect(page.getByLabel('Lock after this many minutes without use')).toHaveValue('7');
    await expectNoAxeViolations(page);
  });
});
