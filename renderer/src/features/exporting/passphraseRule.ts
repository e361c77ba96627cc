import { minPassphraseLength } from '../../../../electron/contract/fileLimits';

/**
 * The shortest backup passphrase the host takes, in characters as a person sees them: the
 * contract's one definition (the host refuses a shorter one with `weak_password`). The
 * renderer reads it from the zod-free module (`fileLimits`); `calls/exporting.ts` exports
 * the same constant.
 */
export { minPassphraseLength };

/** Whether a passphrase is shorter than the host takes, counted as the host counts (graphemes). */
export function isTooShort(passphrase: string): boolean {
  return [...new Intl.Segmenter().segment(passphrase)].length < minPassphraseLength;
}
