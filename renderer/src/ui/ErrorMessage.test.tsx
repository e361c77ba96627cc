import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { policyAnswer } from '../../test/policyAnswer';
import { renderWithApp } from '../../test/renderWithApp';
import { ErrorMessage } from './ErrorMessage';

const failure = new DeskIdError('server_unreachable', 'The ID server did not answer.');

describe('an error screen', () => {
  it('names who to ask for help when the organization’s policy says, in the person’s language', async () => {
    renderWithApp(
      <ErrorMessage error={failure} />,
      { policy: { get: policyAnswer({ supportContact: 'the IT desk, extension 4455' }) } },
      { language: 'es' },
    );
    expect(await screen.findByText('¿Necesita ayuda? Pregunte a the IT desk, extension 4455.')).toBeTruthy();
  });

  it('names nobody when the policy sets no contact', async () => {
    let asked = 0;
    const get = () => {
      asked += 1;
      return policyAnswer({})();
    };
    renderWithApp(<ErrorMessage error={failure} />, { policy: { get } });
    await vi.waitFor(() => expect(asked).toBe(1));
    await act(() => Promise.resolve());
    expect(screen.getByRole('alert').textContent).not.toMatch(/Need help/);
  });

  it('still shows the error where there is no bridge to ask (a window opened without its key)', () => {
    render(<ErrorMessage error={failure} message="Open the address DeskID printed." />);
    expect(screen.getByText('Open the address DeskID printed.')).toBeTruthy();
  });
});
