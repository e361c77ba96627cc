import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { toBuffer } from 'qrcode';
import { openNewPerson } from '../fixtures/peoplePage';
import { expect, expectNoAxeViolations, test } from './fixtures';

interface ExpectedEntry {
  type: 'totp' | 'hotp' | 'steam';
  issuer: string;
  name: string;
  secret: string;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
  digits: number;
  period: number | null;
}

interface ExpectedFile {
  password: string | null;
  entries: ExpectedEntry[];
}

// The repo's byte-identical copy of the shared importer fixtures (test/fixtures/importers/README.md).
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/importers');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as {
  files: Record<string, ExpectedFile>;
};

/** How the codes screen names an account (issuer and label, or the one it has). */
const accountName = (issuer: string, label: string): string =>
  issuer === '' ? label : label === '' ? issuer : `${issuer} (${label})`;

/** The preview's rows as their cells' text. */
const previewRows = (page: Page): Promise<string[][]> =>
  page
    .locator('table.import-preview tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)));

/** Chooses a file on the import screen and gives its password when it asks (a wrong one first). */
async function previewFile(
  page: Page,
  name: string,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  password: string | null,
) {
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByLabel('Export file').setInputFiles(file);
  if (password !== null) {
    await expect(page.getByRole('heading', { name: 'This file is protected by a password' })).toBeVisible();
    const field = page.getByLabel('The file’s password');
    await field.fill(`${password}-not`);
    await field.press('Enter');
    await expect(page.getByText('That password does not open this file. Check it and try again.')).toBeVisible();
    await field.fill(password);
    await field.press('Enter');
  }
  await expect(page.getByRole('heading', { name: `What will be added from “${name}”` })).toBeVisible();
}

/** A TOTP entry of the file whose name is its own, to compare its code with RFC 6238's. */
function checkableEntry(entries: ExpectedEntry[]): ExpectedEntry | undefined {
  const name = (entry: ExpectedEntry) => accountName(entry.issuer.trim(), entry.name.trim());
  return entries.find(
    (entry) =>
      entry.type === 'totp' &&
      entry.period !== null &&
      entry.issuer.trim() !== '' &&
      entries.filter((other) => name(other) === name(entry)).length === 1,
  );
}

for (const [file, { password, entries }] of Object.entries(expected.files)) {
  test(`imports ${file}: the preview lists every entry, then the same file again marks them as already in the list`, async ({
    page,
    app,
  }) => {
    const name = path.basename(file);
    await openNewPerson(page, {}, app.url);
    await previewFile(page, name, path.join(fixtures, file), password);
    const rows = await previewRows(page);
    for (const entry of entries) {
      const cells = [entry.issuer.trim() || '(no issuer)', entry.name.trim() || '(no name)'];
      expect(
        rows.some((row) => row[0] === cells[0] && row[1] === cells[1]),
        `${cells.join(' / ')} in ${JSON.stringify(rows)}`,
      ).toBe(true);
    }
    const toAdd = rows.filter((row) => row[3] === 'Will be added').length;
    expect(toAdd).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Add ${toAdd} account${toAdd === 1 ? '' : 's'}` }).click();
    await expect(page.getByRole('heading', { name: `${toAdd} account${toAdd === 1 ? '' : 's'} added.` })).toBeVisible();

    await page.getByRole('link', { name: 'Go to my codes' }).click();
    const checkable = checkableEntry(entries);
    if (checkable !== undefined) {
      const code = page
        .getByRole('button', {
          name: `Copy the code of ${accountName(checkable.issuer.trim(), checkable.name.trim())}`,
        })
        .locator('.code');
      await expect
        .poll(async () => {
          const shown = ((await code.textContent()) ?? '').replace(/\s/g, '');
          const wanted = generateSync({
            strategy: 'totp',
            secret: checkable.secret,
            epoch: Math.floor(Date.now() / 1000),
            period: checkable.period ?? 30,
            algorithm: checkable.algorithm === 'SHA1' ? 'sha1' : checkable.algorithm === 'SHA256' ? 'sha256' : 'sha512',
            digits: checkable.digits,
          });
          return shown === wanted ? 'equal' : `shown ${shown}, expected ${wanted}`;
        })
        .toBe('equal');
    }

    await previewFile(page, name, path.join(fixtures, file), password);
    const again = await previewRows(page);
    expect(again.filter((row) => row[3] === 'Will be added')).toEqual([]);
    // Every account added the first time is now marked, in the same place (a file may repeat an account: that one was marked already).
    rows.forEach((row, index) => {
      if (row[3] === 'Will be added') expect(again[index]?.[3]).toBe('Already in your list: not added again');
    });
    await expect(page.getByText('Nothing in this file is new: no account will be added.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Add \d+ account/ })).toHaveCount(0);
  });
}

test('a Google Authenticator export in several QR pictures: Add another batch after each', async ({ page, app }) => {
  const text = readFileSync(path.join(fixtures, 'google_authenticator/example_export.txt'), 'utf8');
  const batches = text
    .split('\n')
    .filter((line) => line.startsWith('otpauth-migration://'))
    .slice(0, 2);
  expect(batches).toHaveLength(2);
  await openNewPerson(page, {}, app.url);
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  for (const [index, uri] of batches.entries()) {
    const picture = {
      name: `batch-${index + 1}.png`,
      mimeType: 'image/png',
      buffer: await toBuffer(uri, { type: 'png', scale: 6 }),
    };
    await page.getByLabel('Export file').setInputFiles(picture);
    await expect(page.getByRole('heading', { name: `What will be added from “${picture.name}”` })).toBeVisible();
    await expect(page.getByText('Read as: a QR code picture.')).toBeVisible();
    const add = page.getByRole('button', { name: /^Add \d+ accounts?$/ });
    if ((await add.count()) > 0) await add.click();
    else await page.getByRole('button', { name: 'Choose another file' }).click();
    if (index === 0) {
      await expect(page.getByRole('button', { name: 'Add another batch' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Add another batch' }).click();
    }
  }
  await expect(page.getByRole('heading', { name: /added\.$/ })).toBeVisible();
});
