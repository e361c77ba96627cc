import { describe, expect, it } from 'vitest';
import type { AccountStatus, Method } from '../../../../electron/contract/accountStatus';
import { wizardStage } from './wizardStage';

const method = (verified: boolean): Method => ({
  id: 'fac_1',
  type: 'phone',
  label: 'Phone ending 0101',
  verified,
  createdAt: '2026-12-01T10:00:00.000Z',
});

function account(methods: Method[], recovery: AccountStatus['recoveryCode']['status']): AccountStatus {
  return {
    username: 'dana',
    displayName: 'Dana',
    server: 'http://127.0.0.1:4123',
    scope: 'enroll',
    fresh: false,
    methods,
    recoveryCode: { status: recovery },
    compliance: { enforceFrom: '2025-03-07', enforced: true, compliant: false, missing: [] },
  };
}

describe('wizardStage follows the server, not the screen', () => {
  it('asks for a method while none is verified, even with an unverified one started', () => {
    expect(wizardStage(account([], 'none'))).toBe('method');
    expect(wizardStage(account([method(false)], 'issued'))).toBe('method');
  });

  it('asks for the recovery code until it is confirmed', () => {
    expect(wizardStage(account([method(true)], 'none'))).toBe('recovery');
    expect(wizardStage(account([method(true)], 'issued'))).toBe('recovery');
  });

  it('is done with a verified method and a confirmed code', () => {
    expect(wizardStage(account([method(true)], 'confirmed'))).toBe('done');
  });
});
