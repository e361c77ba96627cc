import { DeskIdError } from '../../contract/DeskIdError';
import type { ErrorDetails } from '../../contract/errorDetails';

/** Shortest PIN DeskID accepts. */
export const minPinLength = 6;
/** Longest PIN DeskID accepts. */
export const maxPinLength = 64;

/** PINs people pick most often that no simpler rule below catches. */
const commonPins: ReadonlySet<string> = new Set([
  '123123',
  '121212',
  '112233',
  '123321',
  '111222',
  '101010',
  '131313',
  '159753',
  '147258',
  '147852',
  '258456',
  '789456',
  '696969',
  '520520',
  '123654',
  '102030',
  '232323',
  '212121',
  '112211',
  '123789',
  '159357',
  '252525',
  '142536',
  '007007',
  '753951',
  '951753',
]);

/** The rule a PIN was refused by (details `rule` of `invalid_pin`; the contract's `pinRules`). */
export type PinRule = ErrorDetails<'invalid_pin'>['rule'];

const ruleText =
  `A PIN is digits only (0 to 9), at least ${minPinLength} of them (at most ${maxPinLength}), and must not be ` +
  'one digit repeated (111111), a straight run up or down (123456, 987654) or a common PIN (123123).';

/**
 * The one form of a PIN: Unicode NFKC, so that full-width digits (`１２３４５６`) are the
 * digits they look like and the same PIN typed through different input methods (composed
 * or decomposed accents) is the same PIN. Applied wherever a PIN enters: the rules below,
 * the key of a new PIN (`rewrapDataKey`) and unlocking a PIN set in this form (`unlockVault`).
 */
export function normalizePin(pin: string): string {
  return pin.normalize('NFKC');
}

/**
 * The PIN rules, in one place: digits only (0 to 9), {@link minPinLength} to
 * {@link maxPinLength} of them, and not trivial (one digit repeated, a straight run up or
 * down, or a common PIN), judged on the {@link normalizePin} form, so full-width digits
 * count as the digits they are. Refuses with `invalid_pin` naming the broken rule (the
 * first of the contract's `pinRules` broken) and stating all of them; the PIN itself is
 * never echoed. Applies to every new PIN (profile creation, PIN change, PIN reset), never
 * to unlocking with an existing one: a PIN set with letters before this rule still opens.
 */
export function checkPin(typed: string): void {
  const pin = normalizePin(typed);
  // An empty PIN is refused for its length below, not for its characters.
  if (!/^[0-9]*$/.test(pin)) refuse('digits', `This PIN has characters other than digits. ${ruleText}`);
  const digits = Array.from(pin, Number);
  if (digits.length < minPinLength || digits.length > maxPinLength) {
    refuse('length', `This PIN has ${digits.length} digits. ${ruleText}`);
  }
  if (digits.every((digit) => digit === digits[0])) refuse('repeated', `This PIN repeats one digit. ${ruleText}`);
  if (isStraightRun(digits)) refuse('run', `This PIN is a straight run of digits. ${ruleText}`);
  if (commonPins.has(pin)) refuse('common', `This PIN is one of the most common PINs. ${ruleText}`);
}

/** Digits each one up (or each one down) from the one before, 9 followed by 0 included. */
function isStraightRun(digits: readonly number[]): boolean {
  const steps = digits.slice(1).map((digit, index) => (digit - (digits[index] ?? 0) + 10) % 10);
  return steps.every((step) => step === 1) || steps.every((step) => step === 9);
}

function refuse(rule: PinRule, message: string): never {
  throw new DeskIdError('invalid_pin', message, { rule, minLength: minPinLength, maxLength: maxPinLength });
}
