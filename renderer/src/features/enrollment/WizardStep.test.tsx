import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../test/renderWithApp';
import { WizardStep } from './WizardStep';

describe('WizardStep', () => {
  it('says which step of four this is, focuses its heading, and cancels by signing out', async () => {
    const signOut = vi.fn(() => Promise.resolve({ done: true as const }));
    renderWithApp(
      <WizardStep step="recovery" headingId="t" title="Save your recovery code">
        <p>content</p>
      </WizardStep>,
      { signIn: { signOut } },
    );
    expect(screen.getByText('Step 4 of 4')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Save your recovery code' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel set-up' }));
    expect(signOut).toHaveBeenCalledOnce();
  });

  it('speaks Spanish when the person chose it', () => {
    renderWithApp(
      <WizardStep step="choose" headingId="t" title="Elegir" onBack={() => undefined}>
        <p>x</p>
      </WizardStep>,
      {},
      { language: 'es' },
    );
    expect(screen.getByText('Paso 2 de 4')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Atrás' })).toBeTruthy();
  });
});
