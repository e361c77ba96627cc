import { describe, expect, it } from 'vitest';
import { errorCodeSchema } from '../../../electron/contract/errorCodes';
import { en } from './commonStrings';
import { es } from './commonStrings.es';

/** The contract's own list of codes: a code added there fails here until it has words. */
const contractCodes = errorCodeSchema.options;

/** What `useDescribeError` gives a code's words to fill in; any other place would show as written. */
const filledPlaces = new Set(['wait', 'attemptsLeft', 'minLength', 'maxLength', 'rule']);

const places = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('every error code of the contract in the person’s language', () => {
  it('reads the codes from the contract', () => {
    expect(contractCodes.length).toBeGreaterThan(50);
    expect(contractCodes).toContain('internal');
    expect(contractCodes).toContain('import_failed');
  });

  it.each(contractCodes)('“%s” has words in English and in Spanish', (code) => {
    const english: unknown = (en.errors.codes as Record<string, unknown>)[code];
    const spanish: unknown = (es.errors.codes as Record<string, unknown>)[code];
    expect(typeof english, `errors.codes.${code} in English`).toBe('string');
    expect(typeof spanish, `errors.codes.${code} in Spanish`).toBe('string');
    expect((english as string).trim()).not.toBe('');
    expect((spanish as string).trim()).not.toBe('');
    expect(spanish, `errors.codes.${code} in Spanish is the English words`).not.toBe(english);
  });

  it('fills every place in the codes’ words, the same places in both languages', () => {
    for (const [key, english] of Object.entries(en.errors.codes)) {
      const spanish = (es.errors.codes as Record<string, string>)[key] ?? '';
      expect(places(spanish), `errors.codes.${key}`).toEqual(places(english));
      for (const place of places(english)) expect(filledPlaces, `errors.codes.${key}`).toContain(place);
    }
  });
});
