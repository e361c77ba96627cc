import { createHash } from 'node:crypto';

/**
 * The session partition of the ceremony windows for one ID-server origin:
 * `deskid-ceremony-<16 hex of its SHA-256>`, in memory (no `persist:`), apart from the
 * app's own session and from every other origin's. One exception: with Touch ID (macOS)
 * Electron keeps the credentials' metadata secret in the partition's preferences, and an
 * in-memory partition gets a new one each launch, which would orphan every passkey made
 * here (electron/electron#52302), so there the partition persists.
 */
export function ceremonyPartition(origin: string, { persist }: { persist: boolean }): string {
  const name = `deskid-ceremony-${createHash('sha256').update(origin).digest('hex').slice(0, 16)}`;
  return persist ? `persist:${name}` : name;
}
