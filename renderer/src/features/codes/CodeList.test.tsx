import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/renderWithApp';
import { accountName } from './accountName';
import { CodeList } from './CodeList';
import { totp } from './testAccounts';
import type { CodeAccount } from './useCodes';

// The real function, counted: a row's content calls it once each time it renders.
vi.mock('./accountName', async (original) => {
  const actual = await original<typeof import('./accountName')>();
  return { accountName: vi.fn(actual.accountName) };
});
const renders = () => vi.mocked(accountName).mock.calls.length;

const ignore = () => undefined;

/** The list with a search field above it, as the codes screen has. */
function Harness({ accounts, onCopy, onMove }: Pick<Parameters<typeof CodeList>[0], 'accounts' | 'onCopy' | 'onMove'>) {
  const [query, setQuery] = useState('');
  return (
    <>
      <input type="search" aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <CodeList
        accounts={accounts}
        query={query}
        onCopy={onCopy}
        onMove={onMove}
        onNotice={ignore}
        focusOutside={ignore}
      />
    </>
  );
}

function show(accounts: CodeAccount[]) {
  const onCopy = vi.fn();
  const onMove = vi.fn();
  renderWithApp(<Harness accounts={accounts} onCopy={onCopy} onMove={onMove} />, {});
  return { onCopy, onMove };
}

const makeAccounts = () => [
  totp('a1', 'GitHub', 'alice@example.com', '492039'),
  totp('a2', 'Google', 'alice@gmail.com', '12345678'),
  totp('a3', 'Clinic VPN', 'alice', '771104'),
];

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(accountName).mockClear();
});

describe('CodeList', () => {
  it('renders only the rings again as the clock ticks, not the rows', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    show(makeAccounts());
    const seconds = () => screen.getAllByText(/seconds left$/).map((each) => each.textContent);
    expect(seconds()).toEqual(['20 seconds left', '20 seconds left', '20 seconds left']);
    const before = renders();
    expect(before).toBeGreaterThanOrEqual(3);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(seconds()).toEqual(['17 seconds left', '17 seconds left', '17 seconds left']);
    expect(renders()).toBe(before);
  });

  it('hides the rows a search leaves out, keeping the same elements, and renders no row again', async () => {
    show(makeAccounts());
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const before = renders();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'vpn');
    expect(screen.getAllByRole('listitem')).toEqual([items[2]]);
    expect(items.map((item) => item.hidden)).toEqual([true, true, false]);
    await userEvent.clear(screen.getByRole('searchbox'));
    expect(screen.getAllByRole('listitem')).toEqual(items);
    await userEvent.type(screen.getByRole('searchbox'), 'nothing like it');
    expect(screen.getByText('No account matches “nothing like it”.')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(renders()).toBe(before);
  });

  it('answers every row’s buttons through the one list handler, by keyboard too', async () => {
    const { onCopy, onMove } = show(makeAccounts());
    const google = within(screen.getAllByRole('listitem')[1] ?? document.body);
    google.getByRole('button', { name: /Copy the code of Google/ }).focus();
    await userEvent.keyboard(' ');
    expect(onCopy).toHaveBeenCalledWith('a2');
    google.getByRole('button', { name: 'Move down (Google (alice@gmail.com))' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onMove).toHaveBeenCalledWith('a2', 1);
    expect(screen.getByRole('button', { name: 'Move up (GitHub (alice@example.com))' })).toHaveProperty(
      'disabled',
      true,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move up (GitHub (alice@example.com))' }));
    expect(onMove).toHaveBeenCalledTimes(1);

    const rename = google.getByRole('button', { name: 'Rename (Google (alice@gmail.com))' });
    rename.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('Account')).toHaveProperty('value', 'alice@gmail.com');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.id).toBe('rename-a2');
  });
});
