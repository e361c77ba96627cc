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

/** The problem said on a field: the last part of its `aria-describedby`. */
function problemOf(field: HTMLElement): string | null | undefined {
  const problemId = (field.getAttribute('aria-describedby') ?? '').split(' ').at(-1);
  return problemId === undefined ? undefined : document.getElementById(problemId)?.textContent;
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

  it('refuses a name of only spaces before any request, on the name field, and focuses it', async () => {
    const create = vi.fn();
    renderWithApp(<CreateProfileForm pinRequired onCreated={vi.fn()} />, { profiles: { create } });
    await userEvent.type(screen.getByLabelText('Your name'), '   ');
    await userEvent.type(screen.getByLabelText('Choose a PIN'), '582039');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), '582039');
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(create).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Your name');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(problemOf(name)).toBe('Enter your name: the profile needs one, and spaces alone are not a name.');
    await userEvent.type(name, ' Ben Okafor ');
    create.mockResolvedValueOnce(ben);
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    expect(create).toHaveBeenCalledWith({ name: 'Ben Okafor', pin: '582039' });
  });

  it('says the blank name in Spanish, and asks for the PIN this computer requires', async () => {
    renderWithApp(<CreateProfileForm pinRequired onCreated={vi.fn()} />, { profiles: {} }, { language: 'es' });
    await userEvent.type(screen.getByLabelText('Su nombre'), ' ');
    await userEvent.click(screen.getByRole('button', { name: 'Crear mi perfil' }));
    expect(problemOf(screen.getByLabelText('Su nombre'))).toBe(
      'Escriba su nombre: el perfil necesita uno, y solo espacios no son un nombre.',
    );
    expect(problemOf(screen.getByLabelText('Elija un PIN'))).toBe(
      'Elija un PIN de al menos 6 dígitos: este equipo lo exige.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Su nombre'));
  });

  it('gives focus to the PIN field the services refused, marked invalid and read with the refusal', async () => {
    const create = vi.fn().mockRejectedValueOnce(notDigits);
    renderWithApp(<CreateProfileForm pinRequired onCreated={vi.fn()} />, { profiles: { create } });
    await userEvent.type(screen.getByLabelText('Your name'), 'Ben Okafor');
    await userEvent.type(screen.getByLabelText('Choose a PIN'), 'ben-2931');
    await userEvent.type(screen.getByLabelText('Type the PIN again'), 'ben-2931');
    await userEvent.click(screen.getByRole('button', { name: 'Create my profile' }));
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert.textContent).not.toBe(''));
    const pin = screen.getByLabelText('Choose a PIN');
    expect(document.activeElement).toBe(pin);
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    const described = (pin.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(described.map((element) => element?.textContent)).toContain(alert.textContent);
  });
});
