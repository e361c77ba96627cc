import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../../test/renderWithApp';
import { serverInfoForTests } from '../../signIn/serverInfoForTests';
import { loadLandlineCheck } from './landlineCheck';
import { PhoneSetup } from './PhoneSetup';

const server = (defaultCountry = 'US') => serverInfoForTests({ defaultCountry });

describe('PhoneSetup', () => {
  it('refuses a number with an extension on the field, in the notice’s words, with no bridge call', async () => {
    const addPhone = vi.fn();
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />, {
      signIn: { server: server() },
      enrollment: { addPhone },
    });
    const number = await screen.findByLabelText('Phone number');
    await userEvent.type(number, '201 555 0101 ext 12');
    await userEvent.click(screen.getByRole('button', { name: 'Send the code' }));
    expect(
      screen.getByText('Use a mobile phone or a direct landline. Numbers with an extension will not work.'),
    ).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(number);
    expect(addPhone).not.toHaveBeenCalled();
  });

  it.each([
    ['en', 'Phone number', 'Send the code', 'Enter your phone number, with its area code.'],
    ['es', 'Número de teléfono', 'Enviar el código', 'Escriba su número de teléfono, con su prefijo.'],
  ] as const)(
    'left blank, names the field and says what to do (%s), with no bridge call',
    async (language, label, send, said) => {
      const addPhone = vi.fn();
      renderWithApp(
        <PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />,
        { signIn: { server: server() }, enrollment: { addPhone } },
        { language },
      );
      const number = await screen.findByLabelText(label);
      await userEvent.type(number, '   ');
      await userEvent.click(screen.getByRole('button', { name: send }));
      expect(screen.getByText(said)).toBeTruthy();
      expect(number.getAttribute('aria-invalid')).toBe('true');
      expect(number.getAttribute('aria-describedby')).toContain(screen.getByText(said).id);
      expect(document.activeElement).toBe(number);
      expect(addPhone).not.toHaveBeenCalled();
      // Typing clears it.
      await userEvent.type(number, '2');
      expect(screen.queryByText(said)).toBeNull();
    },
  );

  it('formats the number as typed and sends the code by text to a mobile', async () => {
    const addPhone = vi.fn(() =>
      Promise.resolve({
        factorId: 'fac_1',
        masked: '•••-•••-0101',
        lineType: 'fixed_line_or_mobile' as const,
        expiresIn: 300,
        resendAfter: 30,
      }),
    );
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />, {
      signIn: { server: server() },
      enrollment: { addPhone },
    });
    const number = await screen.findByLabelText('Phone number');
    await userEvent.type(number, '2015550101');
    expect((number as HTMLInputElement).value).toBe('(201) 555-0101');
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toHaveProperty('checked', true);
    await userEvent.keyboard('{Enter}');
    expect(addPhone).toHaveBeenCalledWith({ number: '(201) 555-0101', country: 'US', channel: 'sms' });
    expect(await screen.findByText('We sent a text message with a 6-digit code to •••-•••-0101.')).toBeTruthy();
  });

  it('preselects a voice call for a landline, and when the person says it is one', async () => {
    // The check loads on first use (its own chunk); a person types long after it has.
    await loadLandlineCheck();
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />, {
      signIn: { server: server('GB') },
      enrollment: {},
    });
    const number = await screen.findByLabelText('Phone number');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveProperty('value', 'GB');
    await userEvent.type(number, '020 7946 0000');
    expect(screen.getByRole('radio', { name: 'Voice call' })).toHaveProperty('checked', true);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'US');
    await userEvent.click(screen.getByRole('radio', { name: 'Text message (SMS)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'This is a landline' }));
    expect(screen.getByRole('radio', { name: 'Voice call' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Text message (SMS)' })).toHaveProperty('disabled', true);
  });

  // libphonenumber's `min` metadata has no number types: these landlines read as nothing
  // and kept SMS selected until the full metadata was loaded for the check.
  it.each([
    ['FR', '01 99 00 12 34', 'Voice call'],
    ['ES', '910 000 000', 'Voice call'],
    ['DE', '030 23125 000', 'Voice call'],
    ['FR', '06 12 34 56 78', 'Text message (SMS)'],
  ])('in %s, %s preselects %s', async (country, typed, channel) => {
    await loadLandlineCheck();
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />, {
      signIn: { server: server(country) },
      enrollment: {},
    });
    const number = await screen.findByLabelText('Phone number');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveProperty('value', country);
    await userEvent.type(number, typed);
    expect(screen.getByRole('radio', { name: channel })).toHaveProperty('checked', true);
  });

  it('switches to voice and says why when the server cannot text this number', async () => {
    const addPhone = vi.fn(() => Promise.reject(new DeskIdError('channel_not_supported', 'no sms')));
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />, {
      signIn: { server: server() },
      enrollment: { addPhone },
    });
    await userEvent.type(await screen.findByLabelText('Phone number'), '2015550101{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('cannot get text messages');
    expect(screen.getByRole('radio', { name: 'Voice call' })).toHaveProperty('checked', true);
  });

  it('shows tries left for a wrong code, then the lock, with a way to another method', async () => {
    const addPhone = vi.fn(() =>
      Promise.resolve({
        factorId: 'fac_1',
        masked: '•••-•••-0101',
        lineType: 'mobile' as const,
        expiresIn: 300,
        resendAfter: 30,
      }),
    );
    const verifyMethod = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('invalid_code', 'wrong', { attemptsLeft: 4 }))
      .mockRejectedValueOnce(new DeskIdError('factor_locked', 'locked', { retryAfter: 600 }));
    const onOtherMethod = vi.fn();
    renderWithApp(<PhoneSetup onDone={vi.fn()} onOtherMethod={onOtherMethod} />, {
      signIn: { server: server() },
      enrollment: { addPhone, verifyMethod },
    });
    await userEvent.type(await screen.findByLabelText('Phone number'), '2015550101{Enter}');
    await userEvent.type(await screen.findByLabelText('The 6-digit code'), '000000{Enter}');
    expect(await screen.findByText('That code is not right. 4 tries left before this method is locked.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm my phone' }));
    const lock = await screen.findByText(/this method is locked for now/);
    expect(within(lock).getByRole('timer').textContent).toBe('10 min 0 s');
    expect(screen.getByRole('button', { name: 'Confirm my phone' })).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: 'Choose another method' }));
    expect(onOtherMethod).toHaveBeenCalledOnce();
  });

  it('speaks Spanish, with country names in Spanish', async () => {
    renderWithApp(
      <PhoneSetup onDone={vi.fn()} onOtherMethod={vi.fn()} />,
      { signIn: { server: server() }, enrollment: {} },
      { language: 'es' },
    );
    expect(await screen.findByLabelText('Número de teléfono')).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Estados Unidos (+1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enviar el código' })).toBeTruthy();
  });
});
