import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { RunningApp } from '../fixtures/browserHost';
import { runDeskid } from '../fixtures/runDeskid';
import { expect, expectNoAxeViolations, test } from './fixtures';
import {
  addPerson,
  codeButton,
  grouped,
  openPeopleList,
  openPerson,
  pageHtml,
  rfc6238Now,
  type TestAccount,
} from './peopleSteps';

const github: TestAccount = {
  issuer: 'GitHub',
  label: 'ana.ruiz@example.com',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};
const clinic: TestAccount = { issuer: 'Clinic VPN', label: 'aruiz', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' };
const payer: TestAccount = {
  issuer: 'Payer Portal',
  label: 'ana@clinic.example',
  secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
};

const readClipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());

/** Saves settings on the settings screen: each label's field filled with its value. */
async function saveSettings(page: Page, fields: Record<string, string>): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Imports `count` accounts (Service N / staffN@clinic.example) for a person, in one `deskid accounts import`. */
async function importMany(app: RunningApp, name: string, pin: string, count: number): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-codes-many-'));
  try {
    const file = path.join(dir, 'accounts.txt');
    const uris = Array.from(
      { length: count },
      (_, index) =>
        `otpauth://totp/${encodeURIComponent(`Service ${index}:staff${index}@clinic.example`)}?secret=${github.secret}&issuer=${encodeURIComponent(`Service ${index}`)}`,
    );
    await writeFile(file, `${uris.join('\n')}\n`, { mode: 0o600 });
    const run = await runDeskid(
      ['accounts', 'import', file, '--profile', name, '--pin-stdin', '--data-dir', app.dataDir],
      { stdin: `${pin}\n`, env: { DESKID_KEYCHAIN_SERVICE: app.keychainService } },
    );
    expect(run.stderr).toBe('');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Presses Tab until `target` has the focus (the keyboard's own way there), at most 40 times. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test.describe('codes', () => {
  test('the code shown is RFC 6238’s; copy puts it on the clipboard, emptied after the (shortened) delay', async ({
    page,
    app,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await addPerson(app, 'Ana Ruiz', '482915', [github, clinic]);
    await page.goto(app.url);
    await saveSettings(page, { 'Clear a copied code from the clipboard after (seconds)': '3' });
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await openPerson(page, 'Ana Ruiz', '482915');
    await expectNoAxeViolations(page);
    // The labels meant for screen readers stay off screen, in a window where no other screen was opened first.
    await expect(page.getByText(/^\d+ seconds? left$/).first()).toHaveCSS('position', 'absolute');

    // Compared with otplib's code for this moment (retried across a step's end, when the two may differ briefly).
    for (const account of [github, clinic]) {
      await expect(async () => {
        expect(await codeButton(page, account).textContent()).toContain(grouped(rfc6238Now(account.secret)));
      }).toPass({ timeout: 10_000 });
    }
    await expect(page.getByText(/^\d+ seconds? left$/).first()).toBeAttached();

    await codeButton(page, github).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied; clears in 3 s' })).toBeVisible();
    // This step's code, or the last step's when the copy came just before a step's end.
    const copied = await readClipboard(page);
    const checkedAt = Date.now();
    expect([rfc6238Now(github.secret, checkedAt), rfc6238Now(github.secret, checkedAt - 30_000)]).toContain(copied);
    await expect(page.getByRole('status').filter({ hasText: 'The clipboard was cleared.' })).toBeVisible({
      timeout: 10_000,
    });
    expect(await readClipboard(page)).toBe('');
  });

  test('a code copied twice in its period is marked already used, also after Lock all and the PIN again', async ({
    page,
    app,
    context,
  }) => {
    // Up to two rounds of a 30 s step, and the wait for a fresh one.
    test.setTimeout(150_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await addPerson(app, 'Ana Ruiz', '482915', [github, clinic]);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await openPerson(page, 'Ana Ruiz', '482915');
    const usedHint = 'Already used in this period: wait for the next code.';
    const rowOf = (account: TestAccount) => page.getByRole('listitem').filter({ has: codeButton(page, account) });
    // The copies, the lock and the unlock must fall in one 30 s step: each round starts
    // with at least 20 s of a step left, and when a step still ends between them (the
    // mark is then rightly gone) the round is tried again in a fresh one.
    await expect(async () => {
      const left = 30_000 - (Date.now() % 30_000);
      if (left < 20_000) await page.waitForTimeout(left + 250);
      if (await page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' }).isVisible()) {
        await openPerson(page, 'Ana Ruiz', '482915');
      }
      const step = Math.floor(Date.now() / 30_000);
      await codeButton(page, github).click();
      await expect(page.getByRole('status').filter({ hasText: /^Copied; clears in 30 s$/ })).toBeVisible();
      await codeButton(page, github).click();
      await expect(
        page.getByRole('status').filter({ hasText: 'This code was already used in this period' }),
      ).toBeVisible();
      // Lock all: the next unlock opens the vault anew and reads the copies back from the audit log.
      await page.getByRole('button', { name: 'Lock all' }).click();
      await openPerson(page, 'Ana Ruiz', '482915');
      await expect(rowOf(github).getByText(usedHint)).toBeVisible();
      await expect(rowOf(clinic).getByText(usedHint)).toHaveCount(0);
      expect(Math.floor(Date.now() / 30_000)).toBe(step);
    }).toPass({ timeout: 100_000 });
    await expectNoAxeViolations(page);
  });

  test('unlock, find and copy by keyboard alone', async ({ page, app, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await addPerson(app, 'Ana Ruiz', '482915', [github, clinic, payer]);
    await page.goto(app.url);
    await tabTo(page, page.getByRole('link', { name: 'Authenticator codes' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeFocused();
    await tabTo(page, page.getByRole('radio', { name: 'Ana Ruiz' }));
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Your PIN')).toBeFocused();
    await page.keyboard.type('482915');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your codes' })).toBeFocused();

    await tabTo(page, page.getByRole('searchbox', { name: 'Search accounts' }));
    await page.keyboard.type('payer');
    await expect(page.getByRole('listitem')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(codeButton(page, payer)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied; clears in 30 s' })).toBeVisible();
    expect(await readClipboard(page)).toMatch(/^\d{6}$/);
    await expect(async () => {
      expect(await readClipboard(page)).toBe(rfc6238Now(payer.secret));
    }).toPass({ timeout: 10_000 });
  });

  test('reorder by keyboard, rename, delete after a confirmation; codes hidden until clicked; axe on each', async ({
    page,
    app,
  }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [github, clinic]);
    await openPeopleList(page, app);
    await openPerson(page, 'Ana Ruiz', '482915');
    const issuers = page.locator('.code-issuer');
    await expect(issuers).toHaveText(['GitHub', 'Clinic VPN']);

    await page.getByRole('button', { name: 'Move down (GitHub (ana.ruiz@example.com))' }).focus();
    await page.keyboard.press('Enter');
    await expect(issuers).toHaveText(['Clinic VPN', 'GitHub']);
    await expect(page.getByRole('button', { name: 'Move up (GitHub (ana.ruiz@example.com))' })).toBeFocused();

    await page.getByRole('button', { name: 'Rename (Clinic VPN (aruiz))' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Rename: Clinic VPN (aruiz)' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByLabel('Account', { exact: true }).fill('ana.ruiz');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Renamed to Clinic VPN (ana.ruiz).')).toBeAttached();

    await page.getByRole('button', { name: 'Delete (GitHub (ana.ruiz@example.com))' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Delete GitHub/ })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(issuers).toHaveText(['Clinic VPN']);

    // After a fresh look (the order and names are the vault's now), with codes hidden until clicked.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Hide codes until I click them').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await expect(issuers).toHaveText(['Clinic VPN']);
    await expect(page.getByText('ana.ruiz', { exact: true })).toBeVisible();
    const renamed = { ...clinic, label: 'ana.ruiz' };
    await expect(codeButton(page, renamed)).toHaveCount(0);
    expect(await pageHtml(page)).not.toMatch(/\b\d{3} \d{3}\b/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Show code (Clinic VPN (ana.ruiz))' }).click();
    await expect(async () => {
      expect(await codeButton(page, renamed).textContent()).toContain(grouped(rfc6238Now(clinic.secret)));
    }).toPass({ timeout: 10_000 });
  });

  test('dark and high-contrast themes are axe-clean; the ring does not ease under reduced motion', async ({
    page,
    app,
  }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [github]);
    await openPeopleList(page, app);
    await openPerson(page, 'Ana Ruiz', '482915');
    for (const [choice, theme] of [
      ['Dark', 'dark'],
      ['High contrast', 'high_contrast'],
    ] as const) {
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Theme').selectOption({ label: choice });
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect(page.getByText('Settings saved.')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: 'Authenticator codes' }).click();
      await expect(codeButton(page, github)).toBeVisible();
      await expectNoAxeViolations(page);
    }
    const easing = () => page.locator('.countdown').evaluate((ring) => getComputedStyle(ring).transitionDuration);
    expect(await easing()).toBe('1s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await easing()).toBe('0s');
  });

  test('a long list: Tab reaches the last account, rows out of sight included; a search hides the others; axe-clean', async ({
    page,
    app,
  }) => {
    const count = 15;
    await addPerson(app, 'Ana Ruiz', '482915', []);
    await importMany(app, 'Ana Ruiz', '482915', count);
    await openPeopleList(page, app);
    await openPerson(page, 'Ana Ruiz', '482915');
    await expect(page.locator('.code-list .code-button')).toHaveCount(count);
    await expectNoAxeViolations(page);

    const last = `Service ${count - 1} (staff${count - 1}@clinic.example)`;
    const lastDelete = page.getByRole('button', { name: `Delete (${last})` });
    await expect(lastDelete).not.toBeInViewport();
    await page.getByRole('searchbox', { name: 'Search accounts' }).focus();
    // Each row: its code, Move up, Move down, Rename, Delete (the first row's Move up is disabled).
    let presses = 0;
    while (presses < count * 5 && !(await lastDelete.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(lastDelete).toBeFocused();
    expect(presses).toBe(5 * count - 2);
    await expect(lastDelete).toBeInViewport();
    await expect(page.getByRole('button', { name: `Copy the code of ${last}` })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search accounts' }).fill('service 1');
    // Service 1 and Service 10 to 14.
    await expect(page.getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('button', { name: /Copy the code of Service 2 \(/ })).toBeHidden();
    await expect(page.getByRole('button', { name: /Copy the code of Service 12 \(/ })).toBeVisible();
  });
});
