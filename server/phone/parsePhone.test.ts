import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../protocol';
import { ApiError } from '../ApiError';
import { maskPhone, parsePhone } from './parsePhone';
import { extensionSpellings } from '../testing/extensionSpellings';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('parsePhone', () => {
  it('reads a US number in the forms people write it and stores E.164', () => {
    for (const input of ['201-555-0123', '(201) 555-0123', '+1 201 555 0123', '2015550123', 'tel:+1-201-555-0123']) {
      expect(parsePhone(input, 'US')).toEqual({
        e164: '+12015550123',
        lineType: 'fixed_line_or_mobile',
        channels: ['sms', 'voice'],
      });
    }
    expect(parsePhone('07400 123456', 'GB')).toEqual({
      e164: '+447400123456',
      lineType: 'mobile',
      channels: ['sms', 'voice'],
    });
  });

  it('refuses every extension spelling, in any spacing or case', () => {
    for (const input of extensionSpellings)
      expect([input, codeOf(() => parsePhone(input, 'US'))]).toEqual([input, 'phone_extension_not_allowed']);
  });

  it('refuses numbers that are not valid for their country', () => {
    for (const input of ['12', 'call me', '+1 555 555 5555', '+44 7700 900123', '']) {
      expect([input, codeOf(() => parsePhone(input, 'US'))]).toEqual([input, 'phone_invalid']);
    }
  });

  it('refuses premium-rate, toll-free, shared-cost, VoIP, pager and UAN numbers', () => {
    const refused = {
      '+1 900 555 0199': 'premium_rate',
      '+1 800 555 0199': 'toll_free',
      '+33 8 10 12 34 56': 'shared_cost',
      '+44 56 0000 0000': 'voip',
      '+44 7640 123456': 'pager',
      '+44 55 0000 0000': 'uan',
    };
    for (const [input, type] of Object.entries(refused)) {
      try {
        parsePhone(input, 'US');
        expect.unreachable(`${input} was accepted`);
      } catch (error) {
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).code).toBe('phone_type_not_allowed');
        expect((error as ApiError).details).toEqual({ numberType: type });
      }
    }
  });

  it('offers only voice for a fixed line', () => {
    expect(parsePhone('+44 20 7946 0018', 'US')).toEqual({
      e164: '+442079460018',
      lineType: 'fixed_line',
      channels: ['voice'],
    });
  });

  it('masks all but the last four digits', () => {
    expect(maskPhone('+12015550123')).toBe('•••-•••-0123');
  });

  it('answers any string with a contract error or a valid E.164 number (property)', () => {
    const phoneish = fc.stringMatching(/^[+()\d .,;#xX=-]{0,24}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), phoneish),
        fc.constantFrom('US', 'GB', 'DE', 'FR', 'ZZ'),
        (input, country) => {
          try {
            const parsed = parsePhone(input, country);
            expect(parsed.e164).toMatch(/^\+[1-9]\d{6,14}$/);
            expect(parsed.channels).toContain('voice');
          } catch (error) {
            expect(error).toBeInstanceOf(ApiError);
            expect(errorCodes).toContain((error as ApiError).code);
            expect((error as ApiError).status).toBe(400);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
