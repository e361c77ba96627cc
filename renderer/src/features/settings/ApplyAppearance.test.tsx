import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallOutput } from '../../../../electron/contract/calls';
import { renderWithApp } from '../../../test/renderWithApp';
import { holdLoadsUntilFirstPaint } from '../../data/firstPaint';
import { ApplyAppearance } from './ApplyAppearance';

const settings: CallOutput<'settings.get'> = {
  autoLockMinutes: 5,
  clipboardClearSeconds: 30,
  theme: 'high_contrast',
  language: 'en',
  hideCodesUntilClicked: false,
  openCodesShortcut: false,
  sharedDesktopMode: false,
  exportAllowed: true,
};

describe('the saved theme', () => {
  afterEach(async () => {
    await act(() => vi.advanceTimersByTimeAsync(100));
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete document.documentElement.dataset.theme;
  });

  it('is asked for at once while the first frame is made, not after it (no flash of the light theme)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    holdLoadsUntilFirstPaint();
    const get = vi.fn(() => Promise.resolve(settings));
    renderWithApp(<ApplyAppearance />, { settings: { get } });
    expect(get).toHaveBeenCalledOnce();
    // Its answer lands with no timer run: the hold (still on) does not wait for a frame.
    await act(async () => {
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    });
    expect(document.documentElement.dataset.theme).toBe('high_contrast');
  });
});
