import { PNG } from 'pngjs';
import { toBuffer } from 'qrcode';
import { chromiumLaunchOptions } from '../fixtures/chromium';
import { openNewPerson } from '../fixtures/peoplePage';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { expectRfcCode, rfc6238 } from './peopleSteps';
import type { Locator, Page } from '@playwright/test';

// When a page asks to share a screen, Chromium shares a fake one without asking (no picker
// in a test); the flags do nothing until a page asks.
test.use({
  launchOptions: {
    ...chromiumLaunchOptions(),
    args: [...chromiumLaunchOptions().args, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
  },
});

/** Presses Tab until `target` has focus (keyboard alone), failing after 40 presses. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

const mail = { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
const mailUri = `otpauth://totp/Clinic%20Mail:pat%40clinic.example?secret=${mail.secret}&issuer=Clinic%20Mail`;
const mailName = 'Clinic Mail (pat@clinic.example)';

test('the reference: otplib gives RFC 6238’s own test vector', () => {
  // RFC 6238, Appendix B: SHA1 secret "12345678901234567890", T = 59 s, 8 digits.
  expect(rfc6238({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', digits: 8 }, 59_000)).toBe('94287082');
});

test('adds an account from its set-up link by keyboard alone; the code shown is RFC 6238’s', async ({ page, app }) => {
  await openNewPerson(page, {}, app.url);
  await tabTo(page, page.getByRole('link', { name: 'Add an account' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add an account', level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);

  const link = page.getByRole('textbox', { name: 'Set-up link (otpauth://)' });
  await tabTo(page, link);
  await page.keyboard.insertText('otpauth://totp/Clinic%20Mail:pat?secret=JBSWY3DP');
  await expect(
    page.getByText('The key is too short: it has 8 characters and needs at least 16 (not counting spaces).'),
  ).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(mailUri);
  await expect(link).not.toHaveAttribute('aria-invalid');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add from the link' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Added: Clinic Mail: pat@clinic.example.` })).toBeFocused();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'Back to my codes' }));
  await page.keyboard.press('Enter');
  await expectRfcCode(page, mailName, mail);
});

test('the same link twice: the second time it is reported as already in the list', async ({ page, app }) => {
  await openNewPerson(page, {}, app.url);
  const addByLink = async () => {
    await page.getByRole('link', { name: 'Add an account' }).click();
    await page.getByRole('textbox', { name: 'Set-up link (otpauth://)' }).fill(mailUri);
    await page.getByRole('button', { name: 'Add from the link' }).click();
  };
  await addByLink();
  await expect(page.getByRole('heading', { name: 'Added: Clinic Mail: pat@clinic.example.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await addByLink();
  await expect(
    page.getByRole('heading', { name: 'Already in your list, not added again: Clinic Mail: pat@clinic.example.' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await expect(page.getByRole('button', { name: `Copy the code of ${mailName}` })).toHaveCount(1);
});

test('adds an account from a picture of its QR code, after a preview', async ({ page, app }) => {
  const pharmacy = { secret: 'KRUGS4ZANFZSAYLOEBSXQYLNOBWGKIDLMV4Q', algorithm: 'sha256' as const, digits: 8 };
  const uri = `otpauth://totp/Pharmacy:pat?secret=${pharmacy.secret}&issuer=Pharmacy&algorithm=SHA256&digits=8`;
  const png = await toBuffer(uri, { type: 'png', margin: 4, scale: 6 });
  await openNewPerson(page, {}, app.url);
  await page.getByRole('link', { name: 'Add an account' }).click();
  await page
    .getByLabel('Picture of the QR code', { exact: true })
    .setInputFiles({ name: 'pharmacy-qr.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('heading', { name: 'What will be added from “pharmacy-qr.png”' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Pharmacy pat .* Will be added/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add 1 account' }).click();
  await expect(page.getByRole('heading', { name: '1 account added.' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to my codes' }).click();
  await expectRfcCode(page, 'Pharmacy (pat)', pharmacy);
});

test('a picture without a QR code says so', async ({ page, app }) => {
  const white = new PNG({ width: 64, height: 64 });
  white.data.fill(255);
  const blank = PNG.sync.write(white);
  await openNewPerson(page, {}, app.url);
  await page.getByRole('link', { name: 'Add an account' }).click();
  await page
    .getByLabel('Picture of the QR code', { exact: true })
    .setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
  await expect(
    page.getByText('No QR code was found in this picture. Make sure the whole code is visible and sharp.'),
  ).toBeVisible();
});

test('adds an account typed by hand, each field checked as typed', async ({ page, app }) => {
  const records = { secret: 'ONSWG4TFORZW63THMFWWKZLUMVZHG', algorithm: 'sha512' as const, digits: 7, period: 60 };
  await openNewPerson(page, {}, app.url);
  await page.getByRole('link', { name: 'Add an account' }).click();
  await page.getByRole('textbox', { name: 'Issuer' }).fill('Records');
  await page.getByRole('textbox', { name: 'Account name' }).fill('pat');
  const key = page.getByRole('textbox', { name: 'Set-up key' });
  await key.pressSequentially('onsw g4tf 0');
  await expect(page.getByText(/The key may only hold letters A–Z, digits 2–7/)).toBeVisible();
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await key.fill('onsw g4tf orzw 63th mfww kzlu mvzh g');
  await expect(key).not.toHaveAttribute('aria-invalid');
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('SHA512');
  const digits = page.getByRole('textbox', { name: 'Digits' });
  await digits.fill('9');
  await expect(page.getByText('Codes have 6 to 8 digits.')).toBeVisible();
  await digits.fill('7');
  const period = page.getByRole('textbox', { name: 'Seconds each code lasts' });
  await period.fill('10');
  await expect(page.getByText('Type a number of seconds from 15 to 120.')).toBeVisible();
  await period.fill('60');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add the account' }).click();
  await expect(page.getByRole('heading', { name: 'Added: Records: pat.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to my codes' }).click();
  await expectRfcCode(page, 'Records (pat)', records);
});

test('scanning the screen: one frame of the shared screen goes to the host, and the sharing stops at once', async ({
  page,
  app,
}) => {
  // Chromium's fake screen (see test.use above) is a moving test pattern: it holds no QR code.
  await page.addInitScript(() => {
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (media === undefined) return;
    const share = media.getDisplayMedia.bind(media);
    const shared: MediaStream[] = [];
    Object.assign(window, { sharedStreams: shared });
    media.getDisplayMedia = async (options) => {
      const stream = await share(options);
      shared.push(stream);
      return stream;
    };
  });
  await openNewPerson(page, {}, app.url);
  await page.getByRole('link', { name: 'Add an account' }).click();
  const scan = page.getByRole('button', { name: 'Scan the screen for a QR code' });
  await scan.click();
  // Said by the scan button, read with it, which has focus back; not by the picture input.
  const noCode =
    'No QR code was found on any screen. Show the whole code on the screen, large and sharp, and press the button again.';
  await expect(page.getByText(noCode)).toBeVisible();
  await expect(scan).toHaveAccessibleDescription(noCode);
  await expect(scan).toBeFocused();
  await expect(page.getByLabel('Picture of the QR code', { exact: true })).not.toHaveAttribute('aria-invalid');
  const tracks = await page.evaluate(() =>
    (window as unknown as { sharedStreams: MediaStream[] }).sharedStreams.flatMap((stream) =>
      stream.getTracks().map((track) => track.readyState),
    ),
  );
  expect(tracks).toEqual(['ended']);
});
