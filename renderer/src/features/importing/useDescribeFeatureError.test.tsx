import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { renderWithApp } from '../../../test/renderWithApp';
import { es as addingEs } from '../adding/strings.es';
import { es as exportingEs } from '../exporting/strings.es';
import { es as importingEs } from './strings.es';
import { useDescribeFeatureError } from './useDescribeFeatureError';

const hostSentence = 'The secret is too short (host’s English).';

function Described({ feature, error }: { feature: 'adding' | 'importing' | 'exporting'; error: unknown }) {
  const describe = useDescribeFeatureError(feature);
  return <p>{describe(error)}</p>;
}

describe('a feature’s own words for an error', () => {
  it('adds what exactly is wrong, in the host’s words, in English', () => {
    renderWithApp(<Described feature="adding" error={new DeskIdError('invalid_secret', hostSentence)} />, {});
    expect(screen.getByText(`The set-up key is not valid: ${hostSentence}`)).toBeTruthy();
  });

  it('never puts the host’s English sentence in a Spanish message', () => {
    const errors = [
      ['adding', new DeskIdError('invalid_otpauth_uri', hostSentence), addingEs.errors.invalid_otpauth_uri],
      ['adding', new DeskIdError('invalid_secret', hostSentence), addingEs.errors.invalid_secret],
      ['adding', new DeskIdError('invalid_account', hostSentence), addingEs.errors.invalid_account],
      ['importing', new DeskIdError('import_failed', hostSentence), importingEs.errors.import_failed],
      ['exporting', new DeskIdError('file_error', hostSentence), exportingEs.errors.file_error],
    ] as const;
    for (const [feature, error, words] of errors) {
      const { unmount } = renderWithApp(<Described feature={feature} error={error} />, {}, { language: 'es' });
      const shown = screen.getByRole('paragraph').textContent;
      expect(shown).not.toContain(hostSentence);
      expect(shown).toBe(words);
      unmount();
    }
  });
});
