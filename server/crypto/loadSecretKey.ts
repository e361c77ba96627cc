import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The 32-byte server key: read from `file` (base64 or 32 raw bytes), or, when the file
 * does not exist yet, generated once and written there with mode 0600. With no file
 * (an in-memory database) the key lives only as long as the process.
 */
export function loadSecretKey(file: string | undefined): Buffer {
  if (file === undefined) return randomBytes(32);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const key = randomBytes(32);
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return key;
  }
  if ((statSync(file).mode & 0o077) !== 0) {
    throw new TypeError(`secretKeyFile: ${file} is readable by other users; run chmod 600 on it.`);
  }
  const raw = readFileSync(file);
  if (raw.length === 32) return raw;
  const decoded = Buffer.from(raw.toString('utf8').trim(), 'base64');
  if (decoded.length !== 32) {
    throw new TypeError(`secretKeyFile: ${file} must hold 32 bytes (raw or base64), got ${decoded.length}.`);
  }
  return decoded;
}
