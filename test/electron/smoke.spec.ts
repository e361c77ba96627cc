import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectron } from '../../scripts/findElectron.mjs';
import { repoRoot } from '../fixtures/browserHost';
import { confirmRecoveryCode, createAccount, shownRecoveryCode } from '../fixtures/wizardPage';

// The desktop app itself, through Playwright's `_electron`: start, the About screen, a passkey
// enrollment whose ceremony window Chromium's virtual authenticator answers
// (`--test-virtual-authenticator`, refused by a packaged app) against the embedded ID server,
// and a clean exit. It needs the Electron runtime (`npx install-electron`, or `npm start` once
// where it can download); where there is none it is reported as skipped, never as passed.
const executablePath = findElectron();
const notInstalled = 'Electron runtime not installed';

test.describe('the desktop app under Electron', () => {
  test.beforeAll(async () => {
    if (executablePath === null) return;
    // Forge's Vite plugin builds .vite/build (main, preloads) and .vite/renderer, then packages;
    // the test runs the unpackaged build from the repository with the installed runtime.
    await promisify(execFile)('npx', ['electron-forge', 'package'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  });

  test('starts, shows About, enrolls a passkey with the virtual authenticator, and exits cleanly', async () => {
    if (executablePath === null) process.stdout.write(`skipped: ${notInstalled}\n`);
    // Not done here: no Electron runtime can be fetched on this machine; the release workflow runs it (issue 13).
    test.skip(executablePath === null, 'Electron runtime not installed (runs in the release workflow, issue 13)');
    if (executablePath === null) return;
    test.setTimeout(180_000);
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-electron-'));
    let app: ElectronApplication | undefined;
    try {
      app = await electron.launch({
        executablePath,
        args: ['.', '--test-virtual-authenticator', '--data-dir', dataDir],
        cwd: repoRoot,
        env: { ...definedEnv(), DESKID_KEYCHAIN_SERVICE: `DeskID-test-${randomUUID()}` },
      });
      const exited = new Promise<number | null>((resolve) => app?.process().once('exit', resolve));
      const idServerUrl = await demoServerUrl(app);
      const page = await app.firstWindow();

      // About: the desktop host answers.
      await page.getByRole('link', { name: 'About this app' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'About DeskID' })).toBeVisible();
      await expect(page.getByText('Desktop app')).toBeVisible();

      // A fresh account signs in and chooses a passkey; the ceremony window opens on the ID
      // server's origin, the virtual authenticator answers, and the window closes.
      const person = await createAccount(idServerUrl);
      await page.getByRole('link', { name: 'Set up sign-in' }).click();
      await page.getByLabel('Username').fill(person.username);
      await page.getByLabel('Password').fill(person.password);
      await page.getByLabel('Password').press('Enter');
      await page.getByRole('button', { name: /^Choose passkey/i }).click();
      await page.getByRole('button', { name: 'Create my passkey' }).click();
      await expect(page.getByText(/Your passkey “.+” is set up\./)).toBeVisible({ timeout: 60_000 });
      expect(app.windows()).toHaveLength(1);
      await page.getByRole('button', { name: 'Continue' }).click();

      // The recovery code: the OS save dialog answered with a file in the test's folder.
      const savedPath = path.join(dataDir, 'recovery-code.txt');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
      }, savedPath);
      const code = await shownRecoveryCode(page);
      await page.getByRole('button', { name: 'Save to a file' }).click();
      await expect.poll(() => readFile(savedPath, 'utf8').catch(() => '')).toContain(person.username);
      await confirmRecoveryCode(page, code.slice(12));
      await expect(page.getByRole('heading', { level: 1, name: 'You are all set' })).toBeVisible();

      await app.close();
      app = undefined;
      expect(await exited).toBe(0);
    } finally {
      await app?.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** This process's environment without its unset names, as `_electron.launch` takes it. */
function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The embedded ID server's URL, from the line the main process writes on stderr. */
function demoServerUrl(app: ElectronApplication): Promise<string> {
  const stderr = app.process().stderr;
  if (stderr === null) throw new Error('The Electron process has no stderr to read.');
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /^Demo ID server at (http:\/\/127\.0\.0\.1:\d+): sign in as /m.exec(text);
      if (match?.[1] !== undefined) {
        stderr.off('data', onData);
        resolve(match[1]);
      }
    };
    stderr.on('data', onData);
    app.process().once('exit', () => reject(new Error(`DeskID exited before its demo ID server line:\n${text}`)));
  });
}
