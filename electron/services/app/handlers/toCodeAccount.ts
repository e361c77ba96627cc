import type { CallOutput } from '../../../contract/calls';
import type { Account } from '../../authenticator/accountSchema';
import { generateCode } from '../../authenticator/generateCode';

type CodeAccount = CallOutput<'codes.list'>['accounts'][number];

/** What the codes screen may know of a code: shown now, or not until clicked / "next code". */
export interface CodeView {
  now: number;
  hidden: boolean;
  alreadyUsed: boolean;
  /** The HOTP code "next code" last showed, if any. */
  hotpShown?: string | undefined;
}

/**
 * An account as the codes screen shows it, never with its secret. Steam Guard is shown
 * as TOTP (a 5-character code every 30 s); HOTP carries the last code "next code" made.
 */
export function toCodeAccount(account: Account, { now, hidden, alreadyUsed, hotpShown }: CodeView): CodeAccount {
  const names = { id: account.id, issuer: account.issuer, label: account.label, digits: account.digits, alreadyUsed };
  if (account.type === 'hotp') {
    return { ...names, type: 'hotp', ...(hotpShown === undefined ? {} : { code: hotpShown }) };
  }
  const view = { ...names, type: 'totp' as const, period: account.period };
  if (hidden) return view;
  const { code, step } = generateCode(account, now);
  return { ...view, code, ...stepTimes(step, account.period) };
}

/** Start and end (epoch ms) of a TOTP step. */
export function stepTimes(step: number, period: number): { validFrom: number; validUntil: number } {
  return { validFrom: step * period * 1000, validUntil: (step + 1) * period * 1000 };
}
