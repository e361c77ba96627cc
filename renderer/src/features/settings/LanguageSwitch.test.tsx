import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallInput, CallOutput } from '../../../../electron/contract/calls';
import { renderWithApp } from '../../../test/renderWithApp';
import { LanguageSwitch } from './LanguageSwitch';

describe('the header’s language switch', () => {
  it('names the other language in that language, switches the page both ways, and saves each choice', async () => {
    const update = vi.fn((change: CallInput<'settings.update'>) =>
      Promise.resolve({ language: change.language } as CallOutput<'settings.update'>),
    );
    renderWithApp(<LanguageSwitch />, { settings: { update } });
    const toSpanish = screen.getByRole('button', { name: 'Español' });
    expect(toSpanish.getAttribute('lang')).toBe('es');
    await userEvent.click(toSpanish);
    expect(update).toHaveBeenLastCalledWith({ language: 'es' });
    // The same button (focus stays on it) now offers English, in English.
    const toEnglish = await screen.findByRole('button', { name: 'English' });
    expect(toEnglish).toBe(toSpanish);
    expect(toEnglish.getAttribute('lang')).toBe('en');
    await userEvent.keyboard('{Enter}');
    expect(update).toHaveBeenLastCalledWith({ language: 'en' });
    expect(await screen.findByRole('button', { name: 'Español' })).toBe(toSpanish);
  });
});
