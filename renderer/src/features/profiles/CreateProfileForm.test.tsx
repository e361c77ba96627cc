import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { CreateProfileForm } from './CreateProfileForm';

/** The services' refusal of a PIN with letters in it. */
const notDigits = new DeskIdError('invalid_pin', 'The services’ English sentence.', {
  rule: 'digits',
  minLength: 6,
  maxLength: 64,
});
const ben = { id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: true };

/** The hint the field's `aria-describedby` points at. */
function hintOf(field: HTMLElement): string | null | undefined {
  const [hintId] = (field.getAttribute('aria-describedby') ?? '').split(' ');
  return hintId === undefined ? undefined : document.getElementById(hintId)?.textContent;
}

describe('CreateProfileForm', () => {
  it('asks for a PIN of digits on a number pad, with the rule read with the field', () => {
    renderWithApp(<CreateProfileForm pinRequired onCreated={vi.fn()} />, { profiles: {} });
    const pin = screen.getByLabelText('Choose a PIN');
    expect(pin.getAttribute('inputmode')).toBe('numeric');
    expect(pin.getAttribute('type')).toBe('password');
    expect(screen.getByLabelText('Type the PIN again').getAttribute('inputmode')).toBe('numeric');
    expect(hintOf(pin)).toBe('Digits only: at least 6, not all the same and not in a row (like 123456).');
  });

  it('says a PIN with letters is refused, in the person’s words, keeps the name, and takes a PIN of digits', async () => {
    const onCreated = vi.fn();
    const create = vi.fn().mockRejectedValueOnce(notDigits).mockResolvedValueOnce(ben);
    renderWithApp(<CreateProfileForm pinRequired onCreated={onCreated} />, { profiles: { create } });
    await userEvent.type(screen.getByLabelText('Your name'), 'Ben Okafor');
    await userEvent.type(screen.getByLabelText('Choose a PIN'), 'ben-2931');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), 'ben-2931');
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(create).toHaveBeenCalledWith({ name: 'Ben Okafor', pin: 'ben-2931' });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This PIN has something other than digits in it: letters, spaces or signs. ' +
        'Choose at least 6 digits (0 to 9, no letters) that are not one digit repeated, not a straight run like 123456, and not a common PIN.',
    );
    expect(screen.getByLabelText('Your name')).toHaveProperty('value', 'Ben Okafor');

    await userEvent.clear(screen.getByLabelText('Choose a PIN'));
    await userEvent.clear(screen.getByLabelText('Type the PIN again'));
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '582039');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '582039');
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(create).toHaveBeenLastCalledWith({ name: 'Ben Okafor', pin: '582039' });
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(ben));
  });

  it('states the digits rule in Spanish, in the hint and in the refusal', async () => {
    const create = vi.fn().mockRejectedValueOnce(notDigits);
    renderWithApp(
      <CreateProfileForm pinRequired={false} onCreated={vi.fn()} />,
      { profiles: { create } },
      { language: 'es' },
    );
    expect(hintOf(screen.getByLabelText('Elija un PIN'))).toBe(
      'Opcional en este equipo, pero recomendado: solo dígitos, al menos 6, no todos iguales ni seguidos.',
    );
    await userEvent.type(screen.getByLabelText('Su nombre'), 'Ben Okafor');
    await userEvent.type(screen.getByLabelText('Elija un PIN'), 'ben-2931');
    await userEvent.type(screen.getByLabelText('Escriba el PIN otra vez'), 'ben-2931');
    await userEvent.click(screen.getByRole('button', { name: 'Crear mi perfil' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Este PIN tiene algo que no son dígitos: letras, espacios o signos\. Elija al menos 6 dígitos \(del 0 al 9, sin letras\)/,
    );
  });
});
