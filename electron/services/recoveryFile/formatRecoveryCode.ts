/**
 * Groups the ID server's 16-digit recovery code as `1234-5678-9012-3456`. Spaces and
 * dashes in the input are ignored; anything else than 16 digits is a `TypeError` (the
 * message never repeats the input, which may be a real code).
 */
export function formatRecoveryCode(code: string): string {
  const digits = code.replace(/[\s-]/g, '');
  if (!/^\d{16}$/.test(digits)) {
    throw new TypeError(`A recovery code has 16 digits; got ${digits.length} characters`);
  }
  return [0, 4, 8, 12].map((start) => digits.slice(start, start + 4)).join('-');
}
