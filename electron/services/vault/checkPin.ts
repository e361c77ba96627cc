import { DeskIdError } from '../../contract/DeskIdError';

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

/** The rule a PIN was refused by (details `rule` of `invalid_pin`). */
export type PinRule = 'length' | 'repeated' | 'run' | 'common';

const ruleText =
  `A PIN needs at least ${minPinLength} characters (at most ${maxPinLength}) and must not be one digit ` +
  'repeated (111111), a straight run up or down (123456, 987654) or a common PIN (123123).';

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
 * The PIN rules, in one place: {@link minPinLength} to {@link maxPinLength} characters,
 * and not trivial (one character repeated, a straight run of digits up or down, or a
 * common PIN), judged on the {@link normalizePin} form. Refuses with `invalid_pin`
 * naming the broken rule and stating all of them; the PIN itself is never echoed. Applies to every new PIN (profile creation, PIN
 * change, PIN reset), never to unlocking with an existing one.
 */
export function checkPin(typed: string): void {
  const pin = normalizePin(typed);
  const characters = Array.from(new Intl.Segmenter().segment(pin), ({ segment }) => segment);
  const length = characters.length;
  if (length < minPinLength || length > maxPinLength) {
    refuse('length', `This PIN has ${length} characters. ${ruleText}`);
  }
  if (characters.every((character) => character === characters[0])) {
    refuse('repeated', `This PIN repeats one character. ${ruleText}`);
  }
  if (isStraightRun(pin)) refuse('run', `This PIN is a straight run of digits. ${ruleText}`);
  if (commonPins.has(pin)) refuse('common', `This PIN is one of the most common PINs. ${ruleText}`);
}

/** Digits each one up (or each one down) from the one before, 9 followed by 0 included. */
function isStraightRun(pin: string): boolean {
  if (!/^\d+$/.test(pin)) return false;
  const digits = Array.from(pin, Number);
  const steps = digits.slice(1).map((digit, index) => (digit - (digits[index] ?? 0) + 10) % 10);
  return steps.every((step) => step === 1) || steps.every((step) => step === 9);
}

function refuse(rule: PinRule, message: string): never {
  throw new DeskIdError('invalid_pin', message, { rule, minLength: minPinLength, maxLength: maxPinLength });
}
