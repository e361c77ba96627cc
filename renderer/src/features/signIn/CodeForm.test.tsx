import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/renderWithApp';
import { CodeForm } from './CodeForm';
import { oneTimeCode } from './checkTypedCode';

function codeForm(language: 'en' | 'es' = 'en') {
  const onSubmit = vi.fn(() => Promise.resolve());
  renderWithApp(<CodeForm label="The 6-digit code" shape={oneTimeCode} onSubmit={onSubmit} />, {}, { language });
  return { onSubmit, field: screen.getByLabelText('The 6-digit code') };
}

describe('CodeForm checks a code before sending it', () => {
  it.each([
    ['', 'Type the 6-digit code.'],
    ['49203', 'The code has 6 digits; you typed 5.'],
    ['4920391', 'The code has 6 digits; you typed 7.'],
    ['49203O', 'The code is digits only (0 to 9): check for a letter or another sign.'],
  ])('does not send %j, and says why on the field, which keeps focus', async (typed, words) => {
    const { onSubmit, field } = codeForm();
    if (typed !== '') await userEvent.type(field, typed);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe(words);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').parentElement?.id);
    expect(document.activeElement).toBe(field);
    // Typing again takes the problem away.
    await userEvent.type(field, '1');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the same mistake again as a new alert, so a screen reader repeats it', async () => {
    const { onSubmit, field } = codeForm();
    await userEvent.type(field, '49203{Enter}');
    const first = screen.getByRole('alert');
    await userEvent.type(field, '{Enter}');
    const second = screen.getByRole('alert');
    expect(second.textContent).toBe(first.textContent);
    expect(second).not.toBe(first);
    expect(first.isConnected).toBe(false);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the 6 digits alone, without the spaces or dashes they were typed with', async () => {
    const { onSubmit, field } = codeForm();
    await userEvent.type(field, '492 039{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('492039');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it in Spanish', async () => {
    const { onSubmit, field } = codeForm('es');
    await userEvent.type(field, '49203{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('El código tiene 6 dígitos; usted escribió 5.');
  });
});
