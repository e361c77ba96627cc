import type { VaultBody } from './vaultFileSchema';
import { vaultChecksum } from './vaultChecksum';

/** The text of a version-1 vault file for `body`, checksum included. */
export function serializeVaultFile(body: VaultBody): string {
  const bodyJson = JSON.stringify(body);
  const sha256 = vaultChecksum('deskid-vault', 1, bodyJson);
  return `{"format":"deskid-vault","version":1,"sha256":"${sha256}","body":${bodyJson}}\n`;
}
