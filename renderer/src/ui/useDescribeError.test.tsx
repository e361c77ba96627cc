import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../test/renderWithApp';
import { useDescribeError } from './useDescribeError';

function Described({ error }: { error: unknown }) {
  const describeError = useDescribeError();
  return <p>{describeError(error)}</p>;
}

const trivialPin = new DeskIdError('invalid_pin', 'This PIN repeats one character. (services’ English)', {
  rule: 'repeated',
  minLength: 6,
  maxLength: 64,
});

describe('errors in the person’s words', () => {
  it('names the PIN rule that was broken, in Spanish too, not the services’ English sentence', () => {
    renderWithApp(<Described error={trivialPin} />, {}, { language: 'es' });
    expect(screen.getByText(/^Este PIN repite un solo dígito.*Elija al menos 6 dígitos/)).toBeTruthy();
  });

  it('gives the wait of a PIN throttle in words', () => {
    renderWithApp(<Described error={new DeskIdError('pin_throttled', 'x', { retryAfter: 95 })} />, {});
    expect(screen.getByText('Too many wrong PINs. You can try again in 1 min 35 s.')).toBeTruthy();
  });

  it('falls back to the error’s own message for a code without words of its own', () => {
    renderWithApp(<Described error={new DeskIdError('file_error', 'The file could not be written.')} />, {});
    expect(screen.getByText('The file could not be written.')).toBeTruthy();
  });

  it('says a refusal by the organization’s policy in the person’s language', () => {
    renderWithApp(
      <Described error={new DeskIdError('set_by_policy', 'Set by machine policy.')} />,
      {},
      { language: 'es' },
    );
    expect(screen.getByText('Su organización fija este ajuste, así que no se puede cambiar aquí.')).toBeTruthy();
  });
});
