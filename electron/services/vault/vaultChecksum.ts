import { createHash } from 'node:crypto';

/**
 * The SHA-256 that guards a vault file against accidental damage (truncation, bit rot)
 * even while it is locked: over the format name, the version and the body's JSON text.
 */
export function vaultChecksum(format: string, version: number, bodyJson: string): string {
  return createHash('sha256').update(`${format}\n${version}\n${bodyJson}`, 'utf8').digest('hex');
}
