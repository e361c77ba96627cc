import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/renderWithApp';
import { RevealCode } from './RevealCode';
import type { CodeAccount } from './useCodes';

/** An HOTP account as the host lists it after an earlier "Next code": with that code. */
const hotp = (code: string): CodeAccount => ({
  id: 'h1',
  issuer: 'Bank',
  label: 'card',
  type: 'hotp',
  digits: 6,
  code,
  alreadyUsed: false,
});

const shown = () => screen.getByRole('button', { name: /Copy the code of Bank/ }).textContent;
const next = () => userEvent.click(screen.getByRole('button', { name: 'Next code (Bank (card))' }));

describe('RevealCode', () => {
  it('shows the code "Next code" answers, not the older one the list holds', async () => {
    const nextHotp = vi.fn(() => Promise.resolve({ code: '222222' }));
    renderWithApp(<RevealCode account={hotp('111111')} name="Bank (card)" />, { codes: { nextHotp } });
    expect(shown()).toContain('111 111');
    await next();
    expect(nextHotp).toHaveBeenCalledWith({ id: 'h1' });
    expect(shown()).toContain('222 222');
    expect(shown()).not.toContain('111 111');
  });

  it('shows a list’s newer code that came after the answer', async () => {
    const nextHotp = vi.fn(() => Promise.resolve({ code: '222222' }));
    let list: (account: CodeAccount) => void = () => undefined;
    // The row's account as the list gives it, changed by the test as new lists come.
    function Row() {
      const [account, setAccount] = useState(hotp('111111'));
      list = setAccount;
      return <RevealCode account={account} name="Bank (card)" />;
    }
    renderWithApp(<Row />, { codes: { nextHotp } });
    await next();
    expect(shown()).toContain('222 222');
    // The same list again (read before the answer): the answer stays.
    act(() => list(hotp('111111')));
    expect(shown()).toContain('222 222');
    // The next code was taken elsewhere (another window): the list's is the newest.
    act(() => list(hotp('333333')));
    expect(shown()).toContain('333 333');
  });
});
