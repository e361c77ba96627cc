/** Encrypted profile backups (Argon2id + AES-256-GCM) and their restore. */
export { exportBackup, minPassphraseLength } from './exportBackup';
export { backupFileName } from './backupFileName';
export { decryptBackup } from './decryptBackup';
export { restoreBackup, type RestoreResult } from './restoreBackup';
export { exportDisabled, type ExportPolicy } from './ExportPolicy';
export type { BackupPayload } from './backupFileSchema';
