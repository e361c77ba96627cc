import { describe, expect, it } from 'vitest';
import { toDeskIdError } from './toDeskIdError';

describe('toDeskIdError (issue 9.13)', () => {
  it('keeps the protocol code and strips what a terminal would act on from the message', () => {
    const error = toDeskIdError(401, {
      error: {
        code: 'invalid_credentials',
        message: 'Wrong\u001b[2J password.\r\n\u202eFAKE\u0007',
        details: { a: 1 },
      },
    });
    expect(error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Wrong [2J password. FAKE',
      details: { a: 1 },
    });
  });

  it('says something useful when nothing is left of the message', () => {
    const error = toDeskIdError(423, { error: { code: 'account_locked', message: '\u001b\u0007\u202e' } });
    expect(error.message).toBe('The ID server refused the request (account_locked).');
  });
});
