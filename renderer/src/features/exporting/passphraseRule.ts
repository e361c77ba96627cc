/**
 * The shortest backup passphrase the host takes, in characters as a person sees them
 * (the host refuses a shorter one with `weak_password`: `minPassphraseLength` in
 * electron/services/backup/exportBackup.ts, which the page cannot import).
 */
export const minPassphraseLength = 10;

/** Whether a passphrase is shorter than the host takes, counted as the host counts (graphemes). */
export function isTooShort(passphrase: string): boolean {
  return [...new Intl.Segmenter().segment(passphrase)].length < minPassphraseLength;
}
