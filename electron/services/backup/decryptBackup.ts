import { DeskIdError } from '../../contract/DeskIdError';
import { openAesGcm } from '../vault/aesGcm';
import { deriveArgon2Key } from '../vault/deriveArgon2Key';
import { backupFileSchema, backupPayloadSchema, type BackupHeader, type BackupPayload } from './backupFileSchema';

/**
 * Opens a backup made by {@link exportBackup}. Errors: `unsupported_format` (not a
 * DeskID backup, or a newer version), `import_failed` (damaged), `wrong_password`.
 */
export async function decryptBackup(text: string, passphrase: string): Promise<BackupPayload> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DeskIdError('unsupported_format', 'This file is not a DeskID backup.');
  }
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (record.format !== 'deskid-backup')
    throw new DeskIdError('unsupported_format', 'This file is not a DeskID backup.');
  if (record.version !== 1) {
    throw new DeskIdError(
      'unsupported_format',
      `This backup has format version ${String(record.version)}; this DeskID reads version 1.`,
    );
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) throw new DeskIdError('import_failed', 'This DeskID backup is damaged.');
  const { iv, tag, ciphertext, ...headerFields } = parsed.data;
  const header: BackupHeader = headerFields;
  const key = await deriveArgon2Key(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf);
  const plaintext = openAesGcm(
    key,
    { iv: Buffer.from(iv, 'base64'), tag: Buffer.from(tag, 'base64'), ciphertext: Buffer.from(ciphertext, 'base64') },
    JSON.stringify(header),
  );
  key.fill(0);
  if (plaintext === null) {
    throw new DeskIdError('wrong_password', 'This passphrase does not open the backup (or the file was changed).');
  }
  try {
    const payload = backupPayloadSchema.safeParse(JSON.parse(plaintext.toString('utf8')));
    if (!payload.success) throw new DeskIdError('import_failed', 'This DeskID backup is damaged.');
    return payload.data;
  } finally {
    plaintext.fill(0);
  }
}
