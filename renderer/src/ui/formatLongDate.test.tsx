import { screen } from '@testing-library/react';
import { useTranslation } from '../i18n/useTranslation';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/renderWithApp';
import { formatDate, formatDay } from './formatLongDate';

function Dates({ date, moment }: { date: string; moment: string }) {
  const { t } = useTranslation();
  return (
    <ul>
      <li>{formatDate(date, t)}</li>
      <li>{formatDay(moment, t)}</li>
    </ul>
  );
}

describe('long dates in the person’s language', () => {
  it('writes a protocol date and a moment as Intl writes them in English', () => {
    const moment = '2026-12-31T12:00:00';
    renderWithApp(<Dates date="2025-03-07" moment={moment} />, {});
    const intl = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(moment));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['March 7, 2025', intl]);
  });

  it('writes them as Intl does in Spanish', () => {
    renderWithApp(<Dates date="2025-09-01" moment="2026-01-15T09:30:00" />, {}, { language: 'es' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1 de septiembre de 2025',
      new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date('2026-01-15T09:30:00')),
    ]);
  });

  it('leaves a value that is not a date as it came, rather than writing a wrong day', () => {
    renderWithApp(<Dates date="07/03/2025" moment="not a time" />, {});
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['07/03/2025', 'not a time']);
  });
});
