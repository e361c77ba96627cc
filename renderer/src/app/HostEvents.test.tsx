import { act, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../electron/contract/events';
import { queryCache } from '../data/queryCache';
import { renderWithApp } from '../../test/renderWithApp';
import { HostEvents } from './HostEvents';

function withHostEvents() {
  const listeners = new Map<EventName, () => void>();
  renderWithApp(
    <>
      <HostEvents />
      <Routes>
        <Route path="/" element={<h1>Start</h1>} />
        <Route path="/codes" element={<h1>Codes</h1>} />
      </Routes>
    </>,
    {
      on: (name: EventName, listener: () => void) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    },
  );
  const hear = (name: EventName) => act(() => listeners.get(name)?.());
  return { hear };
}

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
});
