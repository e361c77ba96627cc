import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallInput, CallOutput } from '../../../../electron/contract/calls';
import { queryCache } from '../../data/queryCache';
import { settingsKey } from '../../data/settingsQuery';
import { renderWithApp } from '../../../test/renderWithApp';
import { LanguageSwitch } from './LanguageSwitch';

type Saved = CallOutput<'settings.update'>;

describe('the header’s language switch', () => {
  it('names the other language in that language, switches the page both ways, and saves each choice', async () => {
    const update = vi.fn((change: CallInput<'settings.update'>) =>
      Promise.resolve({ language: change.language } as Saved),
    );
    renderWithApp(<LanguageSwitch />, { settings: { update } });
    const toSpanish = screen.getByRole('button', { name: 'Español' });
    expect(toSpanish.getAttribute('lang')).toBe('es');
    await userEvent.click(toSpanish);
    await waitFor(() => expect(update).toHaveBeenLastCalledWith({ language: 'es' }));
    // The same button, still focused, now offers English, in English.
    const toEnglish = await screen.findByRole('button', { name: 'English' });
    expect(toEnglish).toBe(toSpanish);
    expect(document.activeElement).toBe(toEnglish);
    expect(toEnglish.getAttribute('lang')).toBe('en');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(update).toHaveBeenLastCalledWith({ language: 'en' }));
    expect(await screen.findByRole('button', { name: 'Español' })).toBe(toSpanish);
  });

  it('saves quick presses one after the other, and keeps the answer of the last one only', async () => {
    const answers: (() => void)[] = [];
    const update = vi.fn(
      (change: CallInput<'settings.update'>) =>
        new Promise<Saved>((resolve) => answers.push(() => resolve({ language: change.language } as Saved))),
    );
    renderWithApp(<LanguageSwitch />, { settings: { update } });
    await userEvent.click(screen.getByRole('button', { name: 'Español' }));
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    await screen.findByRole('button', { name: 'Español' });
    // The first save is on its way; the second waits for its answer.
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update).toHaveBeenLastCalledWith({ language: 'es' });
    answers[0]?.();
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update).toHaveBeenLastCalledWith({ language: 'en' });
    // The older answer did not reach the store (the page follows the stored setting).
    expect((queryCache.get(settingsKey)?.value as Saved | undefined)?.language).not.toBe('es');
    answers[1]?.();
    await waitFor(() => expect((queryCache.get(settingsKey)?.value as Saved | undefined)?.language).toBe('en'));
  });
});
