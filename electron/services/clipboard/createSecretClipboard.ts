import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClipboardWriter } from '../app/DesktopShell';
import { nodeTimers, type IdleTimers } from '../app/handlers/IdleLock';

/** The clipboard as the host reaches it (Electron's `clipboard`, wrapped in `electron/main`). */
export interface RawClipboard {
  /** Writes `text` with the markers that keep it out of clipboard history and managers. */
  writeSecret(text: string): Promise<void>;
  readText(): Promise<string>;
  clear(): void;
}

/** Options of {@link createSecretClipboard}. */
export interface SecretClipboardOptions {
  /** Timers; Node's (unref'd) unless a test moves them by hand. */
  timers?: IdleTimers;
}

/**
 * The host's secret clipboard: each copy is written marked as a secret, and after its
 * delay the clipboard is emptied only if it still holds that secret (compared in constant
 * time): whatever the person copied since stays. The secret is kept only as its SHA-256
 * digest until then.
 */
export function createSecretClipboard(
  raw: RawClipboard,
  { timers = nodeTimers }: SecretClipboardOptions = {},
): ClipboardWriter {
  return {
    async copySecret(text, clearAfterSeconds) {
      await raw.writeSecret(text);
      const digest = sha256(text);
      timers.set(() => {
        void raw
          .readText()
          .then((now) => {
            if (timingSafeEqual(sha256(now), digest)) raw.clear();
          })
          // A clipboard that cannot be read now is emptied: it may still hold the secret.
          .catch(() => raw.clear());
      }, clearAfterSeconds * 1000);
    },
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
