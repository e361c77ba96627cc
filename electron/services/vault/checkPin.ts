import { DeskIdError } from '../../contract/DeskIdError';

/** Shortest PIN DeskID accepts. */
export const minPinLength = 4;
/** Longest PIN DeskID accepts. */
export const maxPinLength = 64;

/** Refuses a PIN that is too short or too long with `invalid_pin` (the PIN is not echoed). */
export function checkPin(pin: string): void {
  const length = Array.from(new Intl.Segmenter().segment(pin.normalize('NFC'))).length;
  if (length < minPinLength || length > maxPinLength) {
    throw new DeskIdError(
      'invalid_pin',
      `A PIN must have ${minPinLength} to ${maxPinLength} characters; this one has ${length}.`,
      { minLength: minPinLength, maxLength: maxPinLength },
    );
  }
}
