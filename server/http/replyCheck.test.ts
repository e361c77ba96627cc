import { describe, expect, it } from 'vitest';
import { routes } from '../../protocol';
import { jsonSchema } from '../openapi/jsonSchema';
import { compileReplyCheck } from './replyCheck';

const checkMe = compileReplyCheck('me', jsonSchema(routes.me.reply, 'output'));
const me = {
  accountId: 'acc_1',
  username: 'ada',
  displayName: 'Ada',
  session: { scope: 'full', fresh: true, expiresAt: '2026-11-26T20:00:00.000Z' },
  factors: [{ id: 'fac_1', type: 'totp', label: 'Phone app', verified: true, createdAt: '2026-11-26T08:00:00.000Z' }],
  recoveryCode: { status: 'none' },
  compliance: { enforceFrom: '2025-03-07', compliant: false, missing: ['recovery_code'] },
};

describe('reply checks', () => {
  it('pass a reply that matches the protocol', () => {
    expect(() => {
      checkMe(me);
    }).not.toThrow();
  });

  it('refuse a field the protocol does not have, so no stored field leaks by accident', () => {
    expect(() => {
      checkMe({ ...me, passwordHash: '$argon2id$v=19$secret' });
    }).toThrow(/^The me reply does not match its schema: data must NOT have additional properties\.$/);
  });

  it('refuse a malformed time or date, as zod would', () => {
    for (const bad of ['tomorrow', '2026-11-26 20:00:00', '2026-02-30T10:00:00.000Z']) {
      expect(() => {
        checkMe({ ...me, session: { ...me.session, expiresAt: bad } });
      }).toThrow(/\/session\/expiresAt must match pattern/);
      expect(routes.me.reply.safeParse({ ...me, session: { ...me.session, expiresAt: bad } }).success).toBe(false);
    }
    expect(() => {
      checkMe({ ...me, compliance: { ...me.compliance, enforceFrom: '07/03/2025' } });
    }).toThrow(/\/compliance\/enforceFrom must match pattern/);
  });

  it('refuse a wrong type or value, naming where', () => {
    expect(() => {
      checkMe({ ...me, factors: [{ ...me.factors[0], type: 'email' }] });
    }).toThrow(/\/factors\/0\/type must be equal to one of the allowed values/);
    expect(() => {
      checkMe({ ...me, session: { ...me.session, fresh: 'yes' } });
    }).toThrow(/\/session\/fresh must be boolean/);
  });

  it('compile for every reply of the protocol', () => {
    for (const [name, spec] of Object.entries(routes)) {
      if (spec.status === 204 || spec.status === 400) continue;
      expect(() => compileReplyCheck(name, jsonSchema(spec.reply, 'output'))).not.toThrow();
    }
  });
});
