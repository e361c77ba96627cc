import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { toBuffer } from 'qrcode';
import { openNewPerson } from '../fixtures/peoplePage';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectRfcCode, type Totp } from './peopleSteps';

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

/** An entry's algorithm as RFC 6238's reference takes it. */
const algorithmOf = ({ algorithm }: ExpectedEntry): NonNullable<Totp['algorithm']> =>
  algorithm === 'SHA1' ? 'sha1' : algorithm === 'SHA256' ? 'sha256' : 'sha512';

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

/**
 * The TOTP accounts of a file, issuer or not, each once, to compare their codes with RFC
 * 6238's: every name the codes screen shows for one account only (a file may repeat an
 * account, which is added once; a name shared by different accounts could not say which).
 */
function checkableEntries(entries: ExpectedEntry[]): ExpectedEntry[] {
  const name = (entry: ExpectedEntry) => accountName(entry.issuer.trim(), entry.name.trim());
  const sameAccount = (one: ExpectedEntry, other: ExpectedEntry) =>
    one.type === other.type &&
    one.secret === other.secret &&
    one.algorithm === other.algorithm &&
    one.digits === other.digits &&
    one.period === other.period;
  const checkable = entries.filter(
    (entry) =>
      entry.type === 'totp' &&
      entry.period !== null &&
      entries.every((other) => name(other) !== name(entry) || sameAccount(other, entry)),
  );
  return checkable.filter((entry, index) => checkable.findIndex((other) => name(other) === name(entry)) === index);
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
    for (const entry of checkableEntries(entries)) {
      await expectRfcCode(page, accountName(entry.issuer.trim(), entry.name.trim()), {
        secret: entry.secret,
        algorithm: algorithmOf(entry),
        digits: entry.digits,
        period: entry.period ?? 30,
      });
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

test('google_authenticator/example_export.txt: each TOTP account has its code checked, those without an issuer too', () => {
  const file = expected.files['google_authenticator/example_export.txt'];
  expect(file).toBeDefined();
  const checked = checkableEntries(file?.entries ?? []).map((entry) => accountName(entry.issuer, entry.name));
  expect(checked).toEqual(['raspberrypi (pi@raspberrypi)', 'pi@raspberrypi', 'encoding: ¿äÄéÉ? (demo)']);
});

test('an Aegis vault with entries DeskID refuses: the preview marks them Not supported, and only the others are added', async ({
  page,
  app,
}) => {
  interface AegisEntry {
    type: string;
    uuid: string;
    name: string;
    issuer: string;
    info: Record<string, unknown>;
  }
  const vault = JSON.parse(readFileSync(path.join(fixtures, 'aegis/aegis_plain.json'), 'utf8')) as {
    db: { entries: AegisEntry[] };
  };
  const supported = expected.files['aegis/aegis_plain.json']?.entries ?? [];
  expect(vault.db.entries).toHaveLength(supported.length);
  const [first] = vault.db.entries;
  if (first === undefined) throw new Error('aegis_plain.json has no entry');
  // Aegis also keeps Yandex and mOTP entries, and MD5 for those: DeskID reads neither.
  vault.db.entries.push(
    {
      ...first,
      type: 'yandex',
      uuid: '7c1f2a4e-0b7d-4c55-9a43-3f0e9d1c2b61',
      issuer: 'Yandex',
      name: 'Olivia',
      info: { ...first.info, algo: 'SHA256', digits: 8, pin: '5239' },
    },
    {
      ...first,
      uuid: '0d8e6b52-91c3-4f7a-b2e4-5a6c7d8e9f10',
      issuer: 'Legacy VPN',
      name: 'Olivia',
      info: { ...first.info, algo: 'MD5' },
    },
  );
  const file = {
    name: 'aegis-with-yandex.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(vault)),
  };

  await openNewPerson(page, {}, app.url);
  await previewFile(page, file.name, file, null);
  await expect(page.getByText('Read as: Aegis backup.')).toBeVisible();
  await expect(page.getByText(`${supported.length} new, 0 already in your list, 2 not supported.`)).toBeVisible();
  const rows = await previewRows(page);
  expect(rows).toHaveLength(supported.length + 2);
  expect(rows.slice(0, supported.length).map((row) => row[3])).toEqual(supported.map(() => 'Will be added'));
  const refused = rows.slice(supported.length);
  // Each named as the file names it, marked with why (the type, the algorithm).
  const marks = [
    ['Yandex', /^Not supported: .*"yandex"/],
    ['Legacy VPN', /^Not supported: .*algorithm/],
  ] as const;
  for (const [index, [name, why]] of marks.entries()) {
    const row = refused[index] ?? [];
    expect(row.join(' / ')).toContain(name);
    expect(row[3]).toMatch(why);
  }
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: `Add ${supported.length} accounts` }).click();
  await expect(page.getByRole('heading', { name: `${supported.length} accounts added.` })).toBeVisible();
  await page.getByRole('link', { name: 'Go to my codes' }).click();
  await expect(page.locator('.code-issuer')).toHaveText(supported.map((entry) => entry.issuer));
  for (const name of ['Yandex', 'Legacy VPN']) await expect(page.getByText(name)).toHaveCount(0);
});
