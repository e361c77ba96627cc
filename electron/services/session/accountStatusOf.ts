import type { AccountStatus } from '../../contract/accountStatus';
import type { Me, ServerInfo } from '../../../protocol';
import { toMethod } from './toMethod';

/**
 * The signed-in account as the renderer sees it, from the ID server's `GET /me` and its
 * policy (`server-info`: whether the enforcement date has passed). No token, no number.
 */
export function accountStatusOf(me: Me, info: ServerInfo, server: string): AccountStatus {
  return {
    username: me.username,
    displayName: me.displayName,
    server,
    scope: me.session.scope,
    fresh: me.session.fresh,
    methods: me.factors.map(toMethod),
    recoveryCode: {
      status: me.recoveryCode.status,
      ...(me.recoveryCode.issuedAt === undefined ? {} : { issuedAt: me.recoveryCode.issuedAt }),
      ...(me.recoveryCode.confirmedAt === undefined ? {} : { confirmedAt: me.recoveryCode.confirmedAt }),
    },
    compliance: {
      enforceFrom: me.compliance.enforceFrom,
      enforced: info.policy.enforced,
      compliant: me.compliance.compliant,
      missing: me.compliance.missing,
    },
  };
}

/** The "set up by" date of a `mfa_required_from:YYYY-MM-DD` warning (before the enforcement date), if any. */
export function setUpByOf(warnings: readonly string[]): string | undefined {
  for (const warning of warnings) {
    const match = /^mfa_required_from:(\d{4}-\d{2}-\d{2})$/.exec(warning);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}
