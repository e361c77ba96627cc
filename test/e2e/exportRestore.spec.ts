import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { openNewPerson } from '../fixtures/peoplePage';
import { expect, expectNoAxeViolations, test } from './fixtures';

const accounts = {
  mail: { issuer: 'Clinic Mail', label: 'pat', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  pharmacy: { issuer: 'Pharmacy', label: 'pat', secret: 'KRUGS4ZANFZSAYLOEBSXQYLNOBWGKIDLMV4Q' },
  records: { issuer: 'Records', label: 'sam', secret: 'ONSWG4TFORZW63THMFWWKZLUMVZHG' },
};
type Account = (typeof accounts)[keyof typeof accounts];

const passphrase = 'violet kettle harbour nineteen';
const nameOf = ({ issuer, label }: Account) => `${issuer} (${label})`;

async function addByLink(page: Page, { issuer, label, secret }: Account): Promise<void> {
  await page.getByRole('link', { name: 'Add an account' }).click();
  await page
    .getByRole('textbox', { name: 'Set-up link (otpauth://)' })
    .fill(
      `otpauth://totp/${encodeURIComponent(`${issuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`,
    );
  await page.getByRole('button', { name: 'Add from the link' }).click();
  await expect(page.getByRole('heading', { name: `Added: ${issuer}: ${label}.` })).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
}

/** The accounts the codes screen shows, each with its code equal to RFC 6238's for its secret. */
async function expectCodesOf(page: Page, shown: Account[]): Promise<void> {
  await expect(page.getByRole('button', { name: /Copy the code of / })).toHaveCount(shown.length);
  for (const account of shown) {
    const code = page.getByRole('button', { name: `Copy the code of ${nameOf(account)}` }).locator('.code');
    await expect
      .poll(async () => {
        const text = ((await code.textContent()) ?? '').replace(/\s/g, '');
        const wanted = generateSync({ strategy: 'totp', secret: account.secret, epoch: Math.floor(Date.now() / 1000) });
        return text === wanted ? 'equal' : `shown ${text}, expected ${wanted}`;
      })
      .toBe('equal');
  }
}

async function restore(page: Page, file: string, words: string, mode: 'merge' | 'replace'): Promise<void> {
  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByLabel('The backup’s passphrase').fill(words);
  if (mode === 'replace') await page.getByRole('radio', { name: /Replace them/ }).check();
  await page.getByRole('button', { name: 'Restore' }).click();
  if (mode === 'replace') {
    await expect(page.getByText(/Replacing removes every account now in your profile/)).toBeVisible();
    await page.getByRole('button', { name: 'Yes, replace my accounts' }).click();
  }
}

test('a backup downloaded by one person is restored into another’s profile, merged, merged again, then replacing', async ({
  page,
  app,
}, testInfo) => {
  await openNewPerson(page, { name: 'Pat Lee' }, app.url);
  await addByLink(page, accounts.mail);
  await addByLink(page, accounts.pharmacy);

  await page.getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Back up and restore your accounts' })).toBeFocused();
  const first = page.getByLabel('Passphrase', { exact: true });
  await first.fill('password1');
  await expect(page.getByText(/^Very weak/)).toBeVisible();
  await first.fill(passphrase);
  await expect(page.getByText('Very strong')).toBeVisible();
  await page.getByLabel('Type the passphrase again').fill(`${passphrase}!`);
  await page.getByRole('button', { name: 'Make the backup' }).click();
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible();
  await page.getByLabel('Type the passphrase again').fill(passphrase);
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make the backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^DeskID-backup-.*\.json$/);
  await expect(
    page.getByText(`Your browser is saving the backup as “${download.suggestedFilename()}”.`, { exact: false }),
  ).toBeVisible();
  const backupFile = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(backupFile);
  const backupText = await readFile(backupFile, 'utf8');
  for (const account of [accounts.mail, accounts.pharmacy]) {
    expect(backupText).not.toContain(account.secret);
    expect(backupText).not.toContain(account.issuer);
  }

  await page.getByRole('button', { name: 'Switch person' }).click();
  await openNewPerson(page, { name: 'Sam Ortiz', pin: '739164' });
  await addByLink(page, accounts.records);

  await restore(page, backupFile, 'violet kettle harbour ninety', 'merge');
  await expect(page.getByText('That passphrase does not open this backup. Check it and try again.')).toBeVisible();
  await page.getByLabel('The backup’s passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Restored: 2 added, 0 replaced, 0 already in your list.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await expectCodesOf(page, [accounts.records, accounts.mail, accounts.pharmacy]);

  await restore(page, backupFile, passphrase, 'merge');
  await expect(page.getByText('Restored: 0 added, 0 replaced, 2 already in your list.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await expectCodesOf(page, [accounts.records, accounts.mail, accounts.pharmacy]);

  await restore(page, backupFile, passphrase, 'replace');
  await expect(page.getByText(/^Restored: /)).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await expectCodesOf(page, [accounts.mail, accounts.pharmacy]);
});
