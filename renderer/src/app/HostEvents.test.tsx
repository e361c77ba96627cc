import { act, screen } from '@testing-library/react';
import { Route, Routes } from './router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../electron/contract/events';
import { queryCache } from '../data/queryCache';
import { pageClipboard } from '../platform/pageClipboard';
import { renderWithApp } from '../../test/renderWithApp';
import { setWizardNotice, useWizardNotice } from '../features/enrollment/wizardNotice';
import { HostEvents } from './HostEvents';

/** What the wizard's sign-in step would say. */
function Notice() {
  return <p>notice: {useWizardNotice() ?? 'none'}</p>;
}

function withHostEvents(path = '/') {
  const listeners = new Map<EventName, (payload: unknown) => void>();
  renderWithApp(
    <>
      <HostEvents />
      <Notice />
      <Routes>
        <Route path="/" element={<h1>Start</h1>} />
        <Route path="/manage" element={<h1>Manage</h1>} />
        <Route path="/codes" element={<h1>Codes</h1>} />
      </Routes>
    </>,
    {
      on: (name: EventName, listener: (payload: unknown) => void) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    },
    { path },
  );
  const hear = (name: EventName, payload: unknown = { reason: 'user' }) => act(() => listeners.get(name)?.(payload));
  return { hear };
}

// jsdom has no clipboard: one text in memory stands in for it.
const clipboard = { text: '' };
beforeEach(() => {
  setWizardNotice(undefined);
  clipboard.text = '';
  const stand = {
    writeText: (text: string) => Promise.resolve(void (clipboard.text = text)),
    readText: () => Promise.resolve(clipboard.text),
  };
  Object.defineProperty(navigator, 'clipboard', { value: stand, configurable: true });
});

describe('what the host tells every page', () => {
  it('opens the codes when the desktop shortcut is pressed', () => {
    const { hear } = withHostEvents();
    expect(screen.getByRole('heading', { name: 'Start' })).toBeTruthy();
    hear('app.openCodes');
    expect(screen.getByRole('heading', { name: 'Codes' })).toBeTruthy();
  });

  it('drops every answer held and shows the people list when the app locks', () => {
    const { hear } = withHostEvents();
    queryCache.set('account', { username: 'pat' });
    hear('app.locked');
    expect(queryCache.get('account')).toBeUndefined();
    expect(screen.getByRole('heading', { name: 'Codes' })).toBeTruthy();
  });

  it.each([
    ['/', 'idle', 'signedOutIdle'],
    ['/manage', 'idle', 'signedOutIdle'],
    ['/', 'os_lock', 'signedOutLocked'],
    ['/manage', 'suspend', 'signedOutLocked'],
  ])('on %s, a %s lock that ended the sign-in shows the sign-in step, which says why', (path, reason, notice) => {
    const { hear } = withHostEvents(path);
    hear('app.locked', { reason, signedOut: true });
    expect(screen.getByRole('heading', { name: 'Start' })).toBeTruthy();
    expect(screen.getByText(`notice: ${notice}`)).toBeTruthy();
  });

  it.each([
    ['/', { reason: 'idle' }],
    ['/', { reason: 'user', signedOut: true }],
    ['/manage', { reason: 'switch_person', signedOut: true }],
    ['/codes', { reason: 'idle', signedOut: true }],
  ])('on %s, shows the people list after %o (no sign-in ended, the person locked, or not at set-up)', (path, lock) => {
    const { hear } = withHostEvents(path);
    setWizardNotice('cancelled');
    hear('app.locked', lock);
    expect(screen.getByRole('heading', { name: 'Codes' })).toBeTruthy();
    // An older notice does not outlive the lock either.
    expect(screen.getByText('notice: none')).toBeTruthy();
  });

  it.each(['os_lock', 'suspend', 'idle'])(
    'a later %s lock that ends no sign-in leaves the sign-in step saying why the first one did',
    (reason) => {
      const { hear } = withHostEvents('/manage');
      hear('app.locked', { reason: 'idle', signedOut: true });
      hear('app.locked', { reason });
      expect(screen.getByRole('heading', { name: 'Start' })).toBeTruthy();
      expect(screen.getByText('notice: signedOutIdle')).toBeTruthy();
    },
  );

  it('forgets why the sign-in ended once the sign-in step is left, so the next person is not told', () => {
    const { hear } = withHostEvents('/');
    hear('app.locked', { reason: 'os_lock', signedOut: true });
    expect(screen.getByText('notice: signedOutLocked')).toBeTruthy();
    hear('app.openCodes');
    expect(screen.getByRole('heading', { name: 'Codes' })).toBeTruthy();
    expect(screen.getByText('notice: none')).toBeTruthy();
  });

  it('takes a code the page copied off the clipboard when the app locks, before its delay', async () => {
    const { hear } = withHostEvents();
    const copy = await pageClipboard.copy('492039', 600);
    expect(clipboard.text).toBe('492039');
    hear('app.locked');
    expect(copy.copied && (await copy.cleared)).toBe(true);
    expect(clipboard.text).toBe('');
  });

  it('leaves on lock what the person copied since', async () => {
    const { hear } = withHostEvents();
    const copy = await pageClipboard.copy('492039', 600);
    clipboard.text = 'a note';
    hear('app.locked');
    expect(copy.copied && (await copy.cleared)).toBe(false);
    expect(clipboard.text).toBe('a note');
  });
});
