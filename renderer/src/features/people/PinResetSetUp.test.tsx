import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { queryCache } from '../../data/queryCache';
import { renderWithApp } from '../../../test/renderWithApp';
import { codesKey } from '../codes/useCodes';
import { PinResetSetUp } from './PinResetSetUp';

const ana = { id: 'p1', name: 'Ana Ruiz' };
const account = { server: 'https://id.example.org', username: 'ana' };

/** The open person's codes are in: the offer sits below them, and waits for them. */
const codesShown = () => queryCache.set(codesKey, { accounts: [] });

describe('PinResetSetUp', () => {
  it('asks whether the reset is set up only once the codes above it are in', async () => {
    const pinResetInfo = vi.fn(() => Promise.resolve({ account, ready: false }));
    renderWithApp(<PinResetSetUp profile={ana} />, { profiles: { pinResetInfo } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pinResetInfo).not.toHaveBeenCalled();
    codesShown();
    expect(await screen.findByRole('button', { name: 'Set up PIN reset' })).toBeTruthy();
    expect(pinResetInfo).toHaveBeenCalledOnce();
  });

  it('sets the reset up: sign in, then the current PIN (a wrong one says the tries left)', async () => {
    const pinResetInfo = vi
      .fn()
      .mockResolvedValueOnce({ account, ready: false })
      .mockResolvedValue({ account, ready: true });
    const setUpPinReset = vi
      .fn()
      .mockRejectedValueOnce(new DeskIdError('wrong_pin', 'x', { failures: 1, attemptsLeft: 9, retryAfter: 0 }))
      .mockResolvedValue({ done: true });
    codesShown();
    renderWithApp(<PinResetSetUp profile={ana} />, {
      profiles: {
        pinResetInfo,
        resetPinSignIn: vi.fn(() => Promise.resolve({ methods: ['totp' as const], phones: [] })),
        resetPinProve: vi.fn(() => Promise.resolve({ done: true as const })),
        setUpPinReset,
      },
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'If you forget your PIN' })).toBeTruthy();
    expect(screen.getByText(/by signing in to https:\/\/id\.example\.org as ana/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Set up PIN reset' }));
    const signIn = await screen.findByRole('heading', {
      level: 2,
      name: 'Set up PIN reset: sign in to https://id.example.org',
    });
    expect(document.activeElement).toBe(signIn);
    await userEvent.type(screen.getByLabelText('Password of your ID account'), 'pw{Enter}');
    await userEvent.type(await screen.findByLabelText('The 6-digit code from your authenticator app'), '123456{Enter}');
    const pinHeading = await screen.findByRole('heading', { level: 2, name: 'Confirm with your PIN' });
    expect(document.activeElement).toBe(pinHeading);
    await userEvent.type(screen.getByLabelText('Your current PIN'), '000001{Enter}');
    expect(await screen.findByText('That PIN is not right. 9 tries left before the PIN must be reset.')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Your current PIN'));
    await userEvent.type(screen.getByLabelText('Your current PIN'), '739154{Enter}');
    expect(setUpPinReset).toHaveBeenLastCalledWith({ currentPin: '739154' });
    expect((await screen.findByRole('status')).textContent).toMatch(/^PIN reset is on/);
  });

  it('shows nothing when the reset is set up already, or the profile is linked to no account', async () => {
    for (const info of [
      { account, ready: true },
      { account: null, ready: false },
    ]) {
      const pinResetInfo = vi.fn(() => Promise.resolve(info));
      codesShown();
      const { container, unmount } = renderWithApp(
        <PinResetSetUp profile={{ ...ana, id: `p-${String(info.ready)}` }} />,
        {
          profiles: { pinResetInfo },
        },
      );
      await vi.waitFor(() => expect(pinResetInfo).toHaveBeenCalled());
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(container.textContent).toBe('');
      unmount();
    }
  });

  it('leaving the codes during the set-up sign-in forgets it on the host; before it, nothing is sent', async () => {
    const resetPinCancel = vi.fn(() => Promise.resolve({ done: true as const }));
    const profiles = {
      pinResetInfo: vi.fn(() => Promise.resolve({ account, ready: false })),
      resetPinSignIn: vi.fn(() => Promise.resolve({ methods: ['totp' as const], phones: [] })),
      resetPinCancel,
    };
    codesShown();
    const offered = renderWithApp(<PinResetSetUp profile={ana} />, { profiles });
    await screen.findByRole('button', { name: 'Set up PIN reset' });
    offered.unmount();
    expect(resetPinCancel).not.toHaveBeenCalled();

    const { unmount } = renderWithApp(<PinResetSetUp profile={ana} />, { profiles });
    await userEvent.click(await screen.findByRole('button', { name: 'Set up PIN reset' }));
    await userEvent.type(screen.getByLabelText('Password of your ID account'), 'pw{Enter}');
    await screen.findByLabelText('The 6-digit code from your authenticator app');
    unmount();
    expect(resetPinCancel).toHaveBeenCalledWith({});
  });
});
