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
 * time): whatever the person copied since stays. The secrets are kept only as their
 * SHA-256 digests until then. `clearNow` (on every lock) does the same check at once for
 * every secret still waiting, and drops their timers.
 */
export function createSecretClipboard(
  raw: RawClipboard,
  { timers = nodeTimers }: SecretClipboardOptions = {},
): ClipboardWriter {
  /** Each copied secret's digest not cleared yet, with its timer. */
  const waiting = new Map<unknown, Buffer>();

  /** Empties the clipboard if it holds one of `digests`; a clipboard that cannot be read is emptied. */
  async function clearIfHolding(digests: Buffer[]): Promise<void> {
    try {
      const now = sha256(await raw.readText());
      // Every digest is compared (no early exit), each in constant time.
      const holds = digests.map((digest) => timingSafeEqual(now, digest)).includes(true);
      if (holds) raw.clear();
    } catch {
      // It may still hold the secret.
      raw.clear();
    }
  }

  return {
    async copySecret(text, clearAfterSeconds) {
      await raw.writeSecret(text);
      const digest = sha256(text);
      const timer = timers.set(() => {
        waiting.delete(timer);
        void clearIfHolding([digest]);
      }, clearAfterSeconds * 1000);
      waiting.set(timer, digest);
    },
    async clearNow() {
      if (waiting.size === 0) return;
      const digests = [...waiting.values()];
      for (const timer of waiting.keys()) timers.clear(timer);
      waiting.clear();
      await clearIfHolding(digests);
    },
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
