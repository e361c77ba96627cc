import { createDecipheriv } from 'node:crypto';
import { DeskIdError } from '../../contract/DeskIdError';

/**
 * AES-256-GCM decryption with node:crypto. A failed tag check (wrong password, or a
 * damaged file) answers `wrong_password`: the two cannot be told apart.
 */
export function decryptAesGcm(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, tag: Uint8Array): Buffer {
  if (key.length !== 32 || nonce.length === 0 || tag.length !== 16) {
    throw new DeskIdError('import_failed', 'The backup’s encryption parameters are damaged.');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new DeskIdError('wrong_password', 'The password is wrong, or the backup is damaged.');
  }
}
