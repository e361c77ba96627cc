import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeskIdError } from '../../../electron/contract/DeskIdError';
import { errorCodeSchema, type ErrorCode } from '../../../electron/contract/errorCodes';
import { pinRules } from '../../../electron/contract/errorDetailSchemas';
import { createHttpBridge } from '../bridge/httpBridge';
import { en } from '../i18n/commonStrings';
import { es } from '../i18n/commonStrings.es';
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

  it.each(pinRules)('gives the PIN rule %s its own words in English and Spanish', (rule) => {
    const key = `invalid_pin_${rule}` as const;
    expect(en.errors.codes[key]).toMatch(/\{\{rule\}\}$/);
    expect(es.errors.codes[key]).toMatch(/\{\{rule\}\}$/);
    expect(es.errors.codes[key]).not.toBe(en.errors.codes[key]);
  });

  it('says a new PIN with letters is refused because a PIN is digits only', () => {
    const letters = new DeskIdError('invalid_pin', 'x', { rule: 'digits', minLength: 6, maxLength: 64 });
    renderWithApp(<Described error={letters} />, {});
    expect(
      screen.getByText(/^This PIN has something other than digits in it: letters, spaces or signs\. Choose/),
    ).toBeTruthy();
  });

  it('gives the wait of a PIN throttle in words', () => {
    renderWithApp(<Described error={new DeskIdError('pin_throttled', 'x', { retryAfter: 95 })} />, {});
    expect(screen.getByText('Too many wrong PINs. You can try again in 1 min 35 s.')).toBeTruthy();
  });

  it('falls back to the error’s own message only for a code this renderer does not know (a newer host)', () => {
    const newer = new DeskIdError('from_a_newer_host' as ErrorCode, 'A newer host’s own sentence.');
    renderWithApp(<Described error={newer} />, {}, { language: 'es' });
    expect(screen.getByText('A newer host’s own sentence.')).toBeTruthy();
  });

  it('gives a known code without a variant of its own (a newer PIN rule) its code’s words', () => {
    const newerRule = new DeskIdError('invalid_pin', 'PIN rule from a newer host.', {
      rule: 'keyboard_walk',
      minLength: 6,
      maxLength: 64,
    });
    renderWithApp(<Described error={newerRule} />, {}, { language: 'es' });
    expect(screen.getByText(es.errors.codes.invalid_pin)).toBeTruthy();
  });

  it('describes every contract code in Spanish with Spanish words, never the host’s English sentence', () => {
    const hostSentence = 'The host’s English sentence.';
    renderWithApp(
      <ul>
        {errorCodeSchema.options.map((code) => (
          <li key={code} data-code={code}>
            <Described error={new DeskIdError(code, hostSentence)} />
          </li>
        ))}
      </ul>,
      {},
      { language: 'es' },
    );
    expect(screen.queryByText(hostSentence)).toBeNull();
    expect(screen.getByText(es.errors.codes.import_failed)).toBeTruthy();
    expect(screen.getByText(es.errors.codes.no_qr_code)).toBeTruthy();
  });

  it('says the window lost contact with DeskID, in Spanish too, when the host does not answer', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    try {
      const result = await createHttpBridge('secret').call('app.info', {});
      if (result.ok) throw new Error('The call should have failed.');
      const lost = DeskIdError.fromJSON(result.error);
      expect(lost.code).toBe('internal');
      renderWithApp(<Described error={lost} />, {}, { language: 'es' });
      expect(
        screen.getByText('Esta ventana de DeskID perdió el contacto con DeskID. Cierre DeskID y vuelva a abrirlo.'),
      ).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps a failure inside the host apart from the lost contact', () => {
    renderWithApp(
      <Described error={new DeskIdError('internal', 'Something went wrong inside DeskID. Please try again.')} />,
      {},
    );
    expect(screen.getByText(en.errors.codes.internal)).toBeTruthy();
    expect(en.errors.codes.internal).not.toMatch(/lost contact/);
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
