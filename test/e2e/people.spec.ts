import { expect, expectNoAxeViolations, test } from './fixtures';
import { addPerson, codeButton, openPeopleList, openPerson, pageHtml, tryPin, type TestAccount } from './peopleSteps';
import { tabTo } from './signInSteps';

const anaGitHub: TestAccount = {
  issuer: 'GitHub',
  label: 'ana.ruiz@example.com',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};
const benPortal: TestAccount = {
  issuer: 'Payer Portal',
  label: 'ben.okafor@example.org',
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
};

/** Neither person's account names, nor any grouped code, in the page's HTML. */
async function expectNothingOfTheAccounts(page: Parameters<typeof pageHtml>[0]): Promise<void> {
  const html = await pageHtml(page);
  for (const name of [anaGitHub.issuer, anaGitHub.label, benPortal.issuer, benPortal.label]) {
    expect(html).not.toContain(name);
  }
  expect(html).not.toMatch(/\b\d{3} \d{3}\b/);
}

test.describe('people on a shared desktop', () => {
  test('two people on one desktop each see only their own accounts; Switch person shows the list', async ({
    page,
    app,
  }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await addPerson(app, 'Ben Okafor', '730418', [benPortal]);
    await openPeopleList(page, app);
    await expect(page.getByRole('radio')).toHaveCount(2);
    await expectNoAxeViolations(page);
    await expectNothingOfTheAccounts(page);

    await openPerson(page, 'Ana Ruiz', '482915');
    await expect(codeButton(page, anaGitHub)).toBeVisible();
    await expect(page.getByText(benPortal.issuer)).toHaveCount(0);
    await expect(page.getByText(benPortal.label)).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Switch person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeVisible();
    await expectNothingOfTheAccounts(page);

    await openPerson(page, 'Ben Okafor', '730418');
    await expect(codeButton(page, benPortal)).toBeVisible();
    await expect(page.getByText(anaGitHub.issuer)).toHaveCount(0);
    await expect(page.getByText(anaGitHub.label)).toHaveCount(0);
  });

  test('a wrong PIN says the tries left, then the wait the services impose, counting down', async ({ page, app }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await openPeopleList(page, app);
    await tryPin(page, 'Ana Ruiz', '000111');
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toContainText(
      '9 tries left before the PIN must be reset.',
    );
    await tryPin(page, 'Ana Ruiz', '000112');
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toContainText(
      '8 tries left before the PIN must be reset.',
    );
    await tryPin(page, 'Ana Ruiz', '000113');
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText(/^\d+ s$/);
    await expect(page.getByRole('alert').filter({ hasText: 'You can try again in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open my profile' })).toBeDisabled();
    const first = Number((await timer.textContent())?.replace(' s', ''));
    await expect(timer).not.toHaveText(`${first} s`);
    await expectNoAxeViolations(page);
    await expectNothingOfTheAccounts(page);
  });

  test('Lock all leaves no code and no account name in the page', async ({ page, app }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await openPeopleList(page, app);
    await openPerson(page, 'Ana Ruiz', '482915');
    await expect(codeButton(page, anaGitHub)).toBeVisible();
    await page.getByRole('button', { name: 'Lock all' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lock all' })).toHaveCount(0);
    await expectNothingOfTheAccounts(page);
  });

  test('auto-lock after the idle time set in Settings leaves no code and no account name', async ({ page, app }) => {
    // The shortest idle time a person can set is one minute.
    test.setTimeout(180_000);
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    await page.getByLabel('Lock after this many minutes without use').fill('1');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await openPerson(page, 'Ana Ruiz', '482915');
    await expect(codeButton(page, anaGitHub)).toBeVisible();
    // Nobody touches the page now: the host locks every profile and tells the page.
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeVisible({
      timeout: 120_000,
    });
    await expectNothingOfTheAccounts(page);
  });

  test('Change your PIN in Settings, by keyboard alone: a wrong current PIN said in words, then the new PIN opens the profile', async ({
    page,
    app,
  }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await openPeopleList(page, app);
    await openPerson(page, 'Ana Ruiz', '482915');
    await tabTo(page, page.getByRole('link', { name: 'Settings' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
    const form = page.getByRole('form', { name: 'Change your PIN' });
    await expect(form).toBeVisible();
    await expectNoAxeViolations(page);

    const current = form.getByLabel('Current PIN');
    await tabTo(page, current);
    await page.keyboard.type('000111');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('New PIN', { exact: true })).toBeFocused();
    await page.keyboard.type('604271');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Type the new PIN again')).toBeFocused();
    await page.keyboard.type('604271');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toContainText(
      '9 tries left before the PIN must be reset.',
    );
    await expect(form.getByRole('status')).toHaveText('');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(current).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('482915');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toHaveText('Your PIN was changed.');
    await expect(current).toHaveValue('');
    await expectNoAxeViolations(page);

    await tabTo(page, page.getByRole('button', { name: 'Lock all' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeVisible();
    await expectNothingOfTheAccounts(page);
    await tryPin(page, 'Ana Ruiz', '482915');
    await expect(page.getByRole('alert').filter({ hasText: 'That PIN is not right.' })).toBeVisible();
    await openPerson(page, 'Ana Ruiz', '604271');
    await expect(codeButton(page, anaGitHub)).toBeVisible();
  });

  test('adding a person: a trivial PIN or one with letters is refused with the rule, and no profile is made', async ({
    page,
    app,
  }) => {
    await addPerson(app, 'Ana Ruiz', '482915', [anaGitHub]);
    await openPeopleList(page, app);
    await page.getByRole('button', { name: 'I am new here: create my profile' }).click();
    await page.getByLabel('Your name').fill('Ben Okafor');
    await expect(page.getByLabel('Choose a PIN')).toHaveAttribute('inputmode', 'numeric');
    await expect(page.getByLabel('Choose a PIN')).toHaveAccessibleDescription(
      'Digits only: at least 6, not all the same and not in a row (like 123456).',
    );
    const rule =
      'Choose at least 6 digits (0 to 9, no letters) that are not one digit repeated, not a straight run like 123456, and not a common PIN.';
    for (const [pin, why] of [
      ['ben-2931', 'This PIN has something other than digits in it: letters, spaces or signs.'],
      ['777777', 'This PIN repeats one digit, so it is easy to guess.'],
      ['345678', 'This PIN is a straight run of digits, so it is easy to guess.'],
      ['987654', 'This PIN is a straight run of digits, so it is easy to guess.'],
      ['123123', 'This PIN is one of the most common PINs.'],
    ] as const) {
      await page.getByLabel('Choose a PIN').fill(pin);
      await page.getByLabel('Type the PIN again').fill(pin);
      await page.getByRole('button', { name: 'Create my profile' }).click();
      await expect(page.getByRole('alert').filter({ hasText: why }), pin).toHaveText(`${why} ${rule}`);
      await expect(page.getByLabel('Your name')).toHaveValue('Ben Okafor');
    }
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Back to the list of profiles' }).click();
    await expect(page.getByRole('radio')).toHaveCount(1);
    await page.reload();
    await page.getByRole('link', { name: 'Authenticator codes' }).click();
    await expect(page.getByRole('radio')).toHaveCount(1);
    await expect(page.getByRole('radio', { name: 'Ben Okafor' })).toHaveCount(0);
  });
});
