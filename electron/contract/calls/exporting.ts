import { z } from 'zod';
import { bodyLimits, fileName, fileUpload } from './bodyLimits';
import { savedFileSchema } from './enrollment';
import { maxBackupFileBytes, minPassphraseLength } from '../fileLimits';

export { maxBackupFileBytes, minPassphraseLength };
const backupUpload = fileUpload(maxBackupFileBytes);
const passphrase = z.string().min(1).max(1024);

/** Encrypted backups of the unlocked person's accounts, and their restore. */
export const exportingCalls = {
  /**
   * Saves an encrypted backup (a download in the browser host, a save dialog in
   * Electron). `export_disabled` when exports are switched off; `weak_password` for a
   * passphrase under {@link minPassphraseLength} characters (10).
   */
  'exporting.backup': {
    input: z.object({ passphrase }).strict(),
    output: savedFileSchema,
    maxBodyBytes: bodyLimits.form,
  },
  /** Restores a backup: `merge` keeps what is here, `replace` makes the accounts the backup's. */
  'exporting.restore': {
    input: z
      .object({ fileName, dataBase64: backupUpload.dataBase64, passphrase, mode: z.enum(['merge', 'replace']) })
      .strict(),
    output: z.object({ added: z.number().int(), replaced: z.number().int(), duplicates: z.number().int() }).strict(),
    maxBodyBytes: backupUpload.maxBodyBytes,
  },
} as const;
