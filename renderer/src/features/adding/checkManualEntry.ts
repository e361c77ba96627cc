import { otpLimits, type OtpAlgorithm } from '../../../../electron/contract/otpRules';
import { checkSecret, type SecretProblem } from './checkSecret';

/** The manual-entry form's fields as typed (numbers as text, so a half-typed value can be judged). */
export interface ManualFields {
  issuer: string;
  label: string;
  secret: string;
  type: 'totp' | 'hotp';
  algorithm: OtpAlgorithm;
  digits: string;
  period: string;
  counter: string;
}

/** A field's problem: a key of `adding.manual.problems` and its values. */
export type FieldProblem =
  | { problem: 'required' | 'wholeNumber' | 'counter' }
  | { problem: 'tooLong'; max: number }
  | { problem: 'digits' | 'period'; min: number; max: number }
  | SecretProblem;

export type ManualProblems = Partial<Record<keyof ManualFields, FieldProblem>>;

const wholeNumber = /^\d{1,16}$/;

function name(value: string): FieldProblem | undefined {
  if (value.trim() === '') return { problem: 'required' };
  return value.length > otpLimits.maxLabelLength ? { problem: 'tooLong', max: otpLimits.maxLabelLength } : undefined;
}

function number(value: string, min: number, max: number, outOfRange: FieldProblem): FieldProblem | undefined {
  if (value.trim() === '') return { problem: 'required' };
  if (!wholeNumber.test(value.trim())) return { problem: 'wholeNumber' };
  const parsed = Number(value.trim());
  return parsed < min || parsed > max ? outOfRange : undefined;
}

/**
 * Each field's problem by the services' rules (`otpRules`): issuer and account name
 * present and at most 256 characters, the key base32 of 10 to 128 bytes (spaces allowed),
 * 6 to 8 digits, a period of 15 to 120 s for TOTP, a counter of 0 or more for HOTP.
 */
export function checkManualEntry(fields: ManualFields): ManualProblems {
  const { minDigits, maxDigits, minPeriod, maxPeriod } = otpLimits;
  const problems: Partial<Record<keyof ManualFields, FieldProblem | undefined>> = {
    issuer: name(fields.issuer),
    label: name(fields.label),
    secret: fields.secret.trim() === '' ? { problem: 'required' } : checkSecret(fields.secret),
    digits: number(fields.digits, minDigits, maxDigits, { problem: 'digits', min: minDigits, max: maxDigits }),
  };
  if (fields.type === 'totp') {
    problems.period = number(fields.period, minPeriod, maxPeriod, {
      problem: 'period',
      min: minPeriod,
      max: maxPeriod,
    });
  } else {
    problems.counter = number(fields.counter, 0, Number.MAX_SAFE_INTEGER, { problem: 'counter' });
  }
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined));
}
