import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../../electron/contract/calls';
import { renderWithApp } from '../../../test/renderWithApp';
import { useSkipReasonWords } from './useSkipReasonWords';

type SkipReason = NonNullable<CallOutput<'importing.preview'>['entries'][number]['why']>;

function Reasons({ reasons }: { reasons: SkipReason[] }) {
  const words = useSkipReasonWords();
  return (
    <ul>
      {reasons.map((why) => (
        <li key={JSON.stringify(why)}>{words(why)}</li>
      ))}
    </ul>
  );
}

const reasons: SkipReason[] = [
  { kind: 'entryType', type: 'yandex' },
  { kind: 'field', field: 'algorithm' },
  { kind: 'field', field: 'somethingNew' },
  { kind: 'inTrash' },
  { kind: 'error', code: 'invalid_secret' },
];

describe('why an import skips an entry, in words', () => {
  it('in English', () => {
    renderWithApp(<Reasons reasons={reasons} />, {});
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Unsupported entry type "yandex".',
      'The entry’s algorithm is not valid.',
      'The entry holds a value DeskID cannot use.',
      'The entry is in Ente Auth’s trash.',
      expect.stringMatching(/secret|key/i),
    ]);
  });

  it('in Spanish, with no English sentence from the host', () => {
    renderWithApp(<Reasons reasons={reasons} />, {}, { language: 'es' });
    const shown = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(shown.slice(0, 4)).toEqual([
      'Tipo de entrada no admitido: «yandex».',
      'El campo «algoritmo» de la entrada no es válido.',
      'La entrada tiene un valor que DeskID no puede usar.',
      'La entrada está en la papelera de Ente Auth.',
    ]);
    expect(shown[4]).toMatch(/clave/i);
  });
});
