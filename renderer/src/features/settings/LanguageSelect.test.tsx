import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CallInput, CallOutput } from '../../../../electron/contract/calls';
import { renderWithApp } from '../../../test/renderWithApp';
import { LanguageSelect } from './LanguageSelect';

describe('the header’s language switch', () => {
  it('switches the page and saves the choice as the person’s language setting', async () => {
    const update = vi.fn((change: CallInput<'settings.update'>) =>
      Promise.resolve({ language: change.language } as CallOutput<'settings.update'>),
    );
    renderWithApp(<LanguageSelect />, { settings: { update } });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');
    expect(await screen.findByRole('combobox', { name: 'Idioma' })).toBeTruthy();
    expect(update).toHaveBeenCalledWith({ language: 'es' });
  });
});
