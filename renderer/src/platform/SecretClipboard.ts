/** What a copy came to. */
export type SecretCopy =
  /** On the clipboard. `cleared` (the page's own clearing) resolves true once it was taken off again. */
  | { copied: true; cleared?: Promise<boolean> }
  /** The clipboard refused it (the page may not write it). */
  | { copied: false };

/**
 * Puts a secret the page shows (a recovery code, a setup key) on the clipboard and takes
 * it off after `clearAfterSeconds` if it is still there. Two implementations, chosen at
 * start by the host: the page itself (`navigator.clipboard`, browser host) or the host
 * (`desktop.copySecret`: Electron writes it marked so that clipboard history and managers
 * leave it alone). Authenticator codes go through `codes.copy`, whose answer says which.
 */
export interface SecretClipboard {
  copy(text: string, clearAfterSeconds: number): Promise<SecretCopy>;
}
