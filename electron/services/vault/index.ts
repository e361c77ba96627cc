/**
 * The per-profile vault: opaque JSON entries under AES-256-GCM, the data key wrapped by
 * the OS keychain and (optionally) a PIN. Formats: docs/vault-format.md.
 */
export {
  Vault,
  type AuditSink,
  type CreateVaultOptions,
  type VaultEntry,
  type VaultEntryMeta,
  type VaultInfo,
  type VaultOptions,
} from './Vault';
export type { JsonValue } from './entryCrypto';
export type { PinResetAuthority } from './PinResetAuthority';
export type { PinStatus } from './PinState';
export { maxPinFailures, pinDelaySeconds } from './pinThrottlePolicy';
export { checkPin, maxPinLength, minPinLength } from './checkPin';
export { defaultArgon2Params, minimumArgon2MemoryKiB, type Argon2Params } from './deriveArgon2Key';
export { restoreVaultBackup } from './restoreVaultBackup';
export { writeFileAtomic, type WriteFileAtomicOptions } from './writeFileAtomic';
