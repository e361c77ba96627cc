import { currentVaultVersion, type VaultBody } from './vaultFileSchema';
import { vaultChecksum } from './vaultChecksum';

/** The text of a vault file in the current version for `body`, checksum included. */
export function serializeVaultFile(body: VaultBody): string {
  const bodyJson = JSON.stringify(body);
  const sha256 = vaultChecksum('deskid-vault', currentVaultVersion, bodyJson);
  return `{"format":"deskid-vault","version":${currentVaultVersion},"sha256":"${sha256}","body":${bodyJson}}\n`;
}
