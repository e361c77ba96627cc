import { describe, it, expect } from 'vitest';
import { importFreeOtpPlus } from './importFreeOtpPlus';

const token = { algo: 'SHA1', digits: 6, issuerExt: 'ACME', label: 'alice', period: 30, type: 'TOTP' };
const secret = Array.from({ length: 10 }, (_, index) => index - 5);
const quoted = (value: object): string => JSON.stringify(value).replace(/"/g, '&quot;');

describe('importFreeOtpPlus with XML character references that name no character', () => {
  it('answers accounts or a DeskIdError, never a RangeError', () => {
    for (const reference of ['&#x110000;', '&#1114112;', '&#xFFFFFFFFFFFFFFFFFFFF;', `&#${'9'.repeat(400)};`]) {
      const xml = `<map>\n<string name="${reference}">${quoted({ ...token, secret })}</string>\n</map>`;
      expect(importFreeOtpPlus(xml).accounts).toHaveLength(1);
      const inValue = `<map>\n<string name="x">${quoted({ ...token, label: reference, secret })}</string>\n</map>`;
      expect(importFreeOtpPlus(inValue).accounts[0]?.label).toBe('\ufffd');
    }
  });
});
