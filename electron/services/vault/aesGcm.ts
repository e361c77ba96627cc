import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One AES-256-GCM box: a fresh 96-bit nonce, the ciphertext and the 128-bit tag. */
export interface SealedBox {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * Encrypts `plaintext` with AES-256-GCM (node:crypto) under `key`, binding `aad` as
 * associated data. A fresh random nonce is drawn for every call.
 */
export function sealAesGcm(key: Uint8Array, plaintext: Uint8Array, aad: string): SealedBox {
  if (key.length !== 32) throw new TypeError(`AES-256-GCM needs a 32-byte key, got ${key.length} bytes`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/**
 * Decrypts and authenticates a box made by {@link sealAesGcm}. Returns `null` when the
 * key, the associated data or any byte of the box is wrong: callers turn that into the
 * error that fits (wrong PIN, damaged vault, wrong password). The returned buffer is the
 * caller's to zero.
 */
export function openAesGcm(key: Uint8Array, box: SealedBox, aad: string): Buffer | null {
  if (key.length !== 32) throw new TypeError(`AES-256-GCM needs a 32-byte key, got ${key.length} bytes`);
  if (box.iv.length !== 12 || box.tag.length !== 16) return null;
  const decipher = createDecipheriv('aes-256-gcm', key, box.iv, { authTagLength: 16 });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(box.tag);
  const head = decipher.update(box.ciphertext);
  try {
    const tail = decipher.final();
    const plaintext = Buffer.alloc(head.length + tail.length);
    head.copy(plaintext, 0);
    tail.copy(plaintext, head.length);
    return plaintext;
  } catch {
    return null;
  } finally {
    head.fill(0);
  }
}
