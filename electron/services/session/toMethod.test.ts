import { describe, expect, it } from 'vitest';
import { hasPhoneExtension } from '../../../protocol/phoneExtension';
import { extensionSpellings } from '../../../test/fixtures/hostHandlers';
import { setUpByOf } from './accountStatusOf';
import { groupSetupKey } from './authenticatorForPhone';
import { toMethod } from './toMethod';

describe('what the session service hands the renderer', () => {
  it('keeps the full number and the credential id on the host side', () => {
    const common = { label: 'x', verified: true, createdAt: '2026-01-05T09:00:00.000Z' };
    expect(
      toMethod({
        id: 'f1',
        type: 'phone',
        ...common,
        lastUsedAt: '2026-01-06T09:00:00.000Z',
        phone: { e164: '+12015550101', masked: '•••-•••-0101', lineType: 'mobile', channels: ['sms', 'voice'] },
      }),
    ).toEqual({
      id: 'f1',
      type: 'phone',
      ...common,
      lastUsedAt: '2026-01-06T09:00:00.000Z',
      phone: { masked: '•••-•••-0101', lineType: 'mobile', channels: ['sms', 'voice'] },
    });
    const passkey = (deviceType: 'singleDevice' | 'multiDevice') =>
      toMethod({
        id: 'f2',
        type: 'passkey',
        ...common,
        passkey: { credentialId: 'Y3JlZGVudGlhbA', deviceType, backedUp: deviceType === 'multiDevice', transports: [] },
      });
    expect(passkey('multiDevice')).toEqual({
      id: 'f2',
      type: 'passkey',
      ...common,
      passkey: { syncs: true, backedUp: true },
    });
    expect(passkey('singleDevice').passkey).toEqual({ syncs: false, backedUp: false });
  });

  it('reads the "set up by" date from the server warning only', () => {
    expect(setUpByOf(['recovery_code_required', 'mfa_required_from:2099-01-01'])).toBe('2099-01-01');
    expect(setUpByOf(['recovery_code_required'])).toBeUndefined();
    expect(setUpByOf(['mfa_required_from:soon'])).toBeUndefined();
  });

  it('groups the setup key by four for typing', () => {
    expect(groupSetupKey('jbswy3dpehpk3pxpjbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSetupKey('JBSWY3DPEH======')).toBe('JBSW Y3DP EH');
  });

  it('refuses extensions by the protocol rule, and only extensions', () => {
    for (const number of extensionSpellings) expect([number, hasPhoneExtension(number)]).toEqual([number, true]);
    for (const number of [
      '201-555-0123',
      '(201) 555-0123',
      '+1 201 555 0123',
      'tel:+1-201-555-0123',
      '+44 7400 123456',
    ]) {
      expect([number, hasPhoneExtension(number)]).toEqual([number, false]);
    }
  });
});
