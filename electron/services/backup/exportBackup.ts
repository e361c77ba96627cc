import { randomFillSync } from 'node:crypto';
import { minPassphraseLength } from '../../contract/fileLimits';
import { DeskIdError } from '../../contract/DeskIdError';
import { sealAesGcm } from '../vault/aesGcm';
import { defaultArgon2Params, deriveArgon2Key, type Argon2Params } from '../vault/deriveArgon2Key';
import type { AuditSink, Vault } from '../vault/Vault';
import { writeFileAtomic } from '../vault/writeFileAtomic';
import type { BackupFile, BackupHeader, BackupPayload } from './backupFileSchema';
import { exportDisabled, type ExportPolicy } from './ExportPolicy';

/**
 * Shortest backup passphrase accepted, in graphemes: the contract's one definition
 * (`calls/exporting.ts` exports it too), read from its zod-free module.
 */
export { minPassphraseLength };

/**
 * Exports an unlocked vault as an encrypted backup: a key from `passphrase` by Argon2id,
 * AES-256-GCM over the entries and profile details, the clear header bound as associated
 * data. Every attempt is an audit event. Refusals: `export_disabled` (policy),
 * `weak_password` (passphrase under `minPassphraseLength` characters), `vault_locked`.
 * Returns the file's text; with `file`, also writes it (owner-only, atomically).
 */
export async function exportBackup({
  vault,
  passphrase,
  policy,
  profile = { displayName: '', idServer: null },
  audit,
  file,
  kdf = defaultArgon2Params,
  now = () => new Date(),
}: {
  vault: Vault;
  passphrase: string;
  policy: ExportPolicy;
  profile?: BackupPayload['profile'];
  audit?: AuditSink;
  file?: string;
  kdf?: Argon2Params;
  now?: () => Date;
}): Promise<string> {
  if (!policy.exportsAllowed) {
    await audit?.append({ type: 'export', format: 'deskid-backup', outcome: 'refused', reason: 'export_disabled' });
    throw exportDisabled();
  }
  if ([...new Intl.Segmenter().segment(passphrase)].length < minPassphraseLength) {
    throw new DeskIdError(
      'weak_password',
      `Choose a backup passphrase of at least ${minPassphraseLength} characters.`,
      {
        minLength: minPassphraseLength,
      },
    );
  }
  const entries = await vault.entries();
  const salt = randomFillSync(Buffer.alloc(16));
  const header: BackupHeader = {
    format: 'deskid-backup',
    version: 1,
    createdAt: now().toISOString(),
    kdf: {
      name: 'argon2id',
      memoryKiB: kdf.memoryKiB,
      iterations: kdf.iterations,
      parallelism: kdf.parallelism,
      salt: salt.toString('base64'),
    },
    cipher: 'aes-256-gcm',
  };
  const payload: BackupPayload = { profile, entries };
  const plaintext = Buffer.from(JSON.stringify(payload), 'utf8');
  const key = await deriveArgon2Key(passphrase, salt, kdf);
  const box = sealAesGcm(key, plaintext, JSON.stringify(header));
  key.fill(0);
  plaintext.fill(0);
  const backup: BackupFile = {
    ...header,
    iv: box.iv.toString('base64'),
    tag: box.tag.toString('base64'),
    ciphertext: box.ciphertext.toString('base64'),
  };
  const text = `${JSON.stringify(backup, null, 2)}\n`;
  if (file !== undefined) await writeFileAtomic(file, text, { mode: 0o600 });
  await audit?.append({ type: 'export', format: 'deskid-backup', outcome: 'ok', count: entries.length });
  return text;
}
