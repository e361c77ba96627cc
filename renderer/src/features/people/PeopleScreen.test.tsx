import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import PeopleScreen from './PeopleScreen';

const people = [
  { id: 'p1', name: 'Ana Ruiz', hasPin: true, unlocked: false },
  { id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: false },
];
const list = (unlocked = false) =>
  vi.fn(() =>
    Promise.resolve({
      profiles: people.map((person) => ({ ...person, unlocked: unlocked && person.id === 'p2' })),
      pinRequired: true,
      keychain: { reachable: true },
    }),
  );

async function unlockBen(pin = '482915') {
  await userEvent.click(await screen.findByRole('radio', { name: 'Ben Okafor' }));
  await userEvent.type(screen.getByLabelText('Your PIN'), pin);
  await userEvent.click(screen.getByRole('button', { name: 'Open my profile' }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PeopleScreen', () => {
  it('lists the people on this desktop, and nothing of their codes, while locked', async () => {
    // The test's bridge has no codes calls: asking for codes while locked would fail the test.
    renderWithApp(<PeopleScreen />, { profiles: { list: list() } });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Who is using DeskID?' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual([
      'Ana Ruiz',
      'Ben Okafor',
    ]);
    expect(screen.getByRole('button', { name: 'I am new here: create my profile' })).toBeTruthy();
  });

  it('opens the chosen person with their PIN, then shows their codes', async () => {
    const unlock = vi.fn(() => Promise.resolve({ id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: true }));
    const codesList = vi.fn(() => Promise.resolve({ accounts: [], hideUntilClicked: false }));
    const pinResetInfo = vi.fn(() => Promise.resolve({ account: null, ready: false }));
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock, pinResetInfo }, codes: { list: codesList } });
    await unlockBen();
    expect(unlock).toHaveBeenCalledWith({ id: 'p2', pin: '482915' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your codes' })).toBeTruthy();
    expect(screen.getByText('Codes of Ben Okafor')).toBeTruthy();
    expect(codesList).toHaveBeenCalledTimes(1);
  });

  it('asks for the codes as soon as the PIN opened the profile, before the codes screen is there', async () => {
    const unlock = vi.fn(() => Promise.resolve({ id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: true }));
    const shownWhenAsked: boolean[] = [];
    const codesList = vi.fn(() => {
      shownWhenAsked.push(document.querySelector('.codes-screen') !== null);
      return Promise.resolve({ accounts: [], hideUntilClicked: false });
    });
    const pinResetInfo = vi.fn(() => Promise.resolve({ account: null, ready: false }));
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock, pinResetInfo }, codes: { list: codesList } });
    await unlockBen();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your codes' })).toBeTruthy();
    // Once, from the PIN form; the codes screen found it on its way and asked nothing more.
    expect(shownWhenAsked).toEqual([false]);
  });

  it('says how many tries are left after a wrong PIN', async () => {
    const unlock = vi.fn(() =>
      Promise.reject(new DeskIdError('wrong_pin', 'x', { failures: 1, attemptsLeft: 9, retryAfter: 0 })),
    );
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock } });
    await unlockBen('000001');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That PIN is not right. 9 tries left before the PIN must be reset.',
    );
  });

  it('gives focus back to the PIN field after a wrong PIN, marked invalid and read with the refusal', async () => {
    const unlock = vi.fn(() =>
      Promise.reject(new DeskIdError('wrong_pin', 'x', { failures: 1, attemptsLeft: 9, retryAfter: 0 })),
    );
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock } });
    await unlockBen('000001');
    const alert = await screen.findByRole('alert');
    const pin = screen.getByLabelText('Your PIN');
    expect(document.activeElement).toBe(pin);
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(pin.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    await userEvent.type(pin, '2');
    expect(pin.getAttribute('aria-invalid')).toBeNull();
  });

  it('counts the wait after a wrong PIN down live, with Open disabled until it ends', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const unlock = vi.fn(() =>
      Promise.reject(new DeskIdError('wrong_pin', 'x', { failures: 3, attemptsLeft: 7, retryAfter: 30 })),
    );
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock } });
    await unlockBen('000003');
    const timer = await screen.findByRole('timer');
    expect(timer.textContent).toBe('30 s');
    expect(screen.getByRole('alert').textContent).toBe('That PIN is not right. You can try again in 30 s.');
    expect(screen.getByRole('button', { name: 'Open my profile' })).toHaveProperty('disabled', true);
    await act(() => vi.advanceTimersByTimeAsync(12_000));
    expect(screen.getByRole('timer').textContent).toBe('18 s');
    await act(() => vi.advanceTimersByTimeAsync(18_000));
    expect(screen.queryByRole('timer')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe(
      'That PIN is not right. 7 tries left before the PIN must be reset.',
    );
    expect(screen.getByRole('button', { name: 'Open my profile' })).toHaveProperty('disabled', false);
  });

  it('counts a throttle down too (pin_throttled)', async () => {
    const unlock = vi.fn(() => Promise.reject(new DeskIdError('pin_throttled', 'x', { retryAfter: 95 })));
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock } });
    await unlockBen();
    expect((await screen.findByRole('timer')).textContent).toBe('1 min 35 s');
    expect(screen.getByRole('alert').textContent).toBe('Too many wrong PINs. You can try again in 1 min 35 s.');
  });

  it('after too many wrong PINs, offers the reset through the ID server', async () => {
    const unlock = vi.fn(() => Promise.reject(new DeskIdError('pin_reset_required', 'x', { attemptsLeft: 0 })));
    const pinResetInfo = vi.fn(() =>
      Promise.resolve({ account: { server: 'https://id.example.org', username: 'ben' }, ready: true }),
    );
    renderWithApp(<PeopleScreen />, {
      profiles: {
        list: list(),
        unlock,
        pinResetInfo,
        resetPinCancel: vi.fn(() => Promise.resolve({ done: true as const })),
      },
    });
    await unlockBen();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no longer opens this profile');
    expect(alert.textContent).toContain('reset it by signing in to your ID account');
    await userEvent.click(screen.getByRole('button', { name: 'Reset my PIN' }));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Reset your PIN by signing in to https://id.example.org',
    });
    expect(document.activeElement).toBe(heading);
    expect(pinResetInfo).toHaveBeenCalledWith({ id: 'p2' });
  });

  it('speaks Spanish', async () => {
    const unlock = vi.fn(() =>
      Promise.reject(new DeskIdError('wrong_pin', 'x', { failures: 1, attemptsLeft: 1, retryAfter: 0 })),
    );
    renderWithApp(<PeopleScreen />, { profiles: { list: list(), unlock } }, { language: 'es' });
    expect(await screen.findByRole('heading', { level: 1, name: '¿Quién usa DeskID?' })).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Ben Okafor' }));
    await userEvent.type(screen.getByLabelText('Su PIN'), '000001');
    await userEvent.click(screen.getByRole('button', { name: 'Abrir mi perfil' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ese PIN no es correcto. Le queda 1 intento antes de que haya que restablecer el PIN.',
    );
  });
});

describe('PeopleScreen after a lock it did not hear of', () => {
  it('goes back to the people list when the codes answer vault_locked', async () => {
    const profilesList = vi
      .fn()
      .mockResolvedValueOnce({
        profiles: [{ id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: true }],
        pinRequired: true,
        keychain: { reachable: true },
      })
      .mockResolvedValue({
        profiles: [{ id: 'p2', name: 'Ben Okafor', hasPin: true, unlocked: false }],
        pinRequired: true,
        keychain: { reachable: true },
      });
    const codesList = vi.fn(() => Promise.reject(new DeskIdError('vault_locked', 'No profile is open.')));
    const pinResetInfo = vi.fn(() => Promise.resolve({ account: null, ready: false }));
    renderWithApp(<PeopleScreen />, { profiles: { list: profilesList, pinResetInfo }, codes: { list: codesList } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using DeskID?' })).toBeTruthy();
    expect(codesList).toHaveBeenCalledTimes(1);
    expect(profilesList).toHaveBeenCalledTimes(2);
  });
});
