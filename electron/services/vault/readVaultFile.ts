import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import { vaultChecksum } from './vaultChecksum';
import { currentVaultVersion, vaultFileSchema, type StoredVaultBody } from './vaultFileSchema';

/** Why a vault file was refused, or its body. */
export type VaultFileCheck = { ok: true; body: StoredVaultBody } | { ok: false; reason: string };

/**
 * Reads and checks one vault file: JSON, checksum, then shape (version 2, or version 1,
 * which unlocking migrates). Never throws for a bad
 * file (only `missing` or `ok: false`); callers decide between the file and its backup.
 */
export async function checkVaultFile(file: string): Promise<VaultFileCheck | 'missing'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new DeskIdError('file_error', 'DeskID could not read its vault file.', {
      file,
      reason: (error as NodeJS.ErrnoException).code ?? 'read failed',
    });
  }
  return parseVaultText(text);
}

/** Checks the text of a vault file (see {@link checkVaultFile}). */
export function parseVaultText(text: string): VaultFileCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON (truncated?)' };
  }
  if (typeof json !== 'object' || json === null) return { ok: false, reason: 'not a JSON object' };
  const { format, version, sha256, body } = json as Record<string, unknown>;
  if (typeof format !== 'string' || typeof version !== 'number' || typeof sha256 !== 'string' || body === undefined) {
    return { ok: false, reason: 'envelope fields missing' };
  }
  const expected = Buffer.from(vaultChecksum(format, version, JSON.stringify(body)), 'utf8');
  const stored = Buffer.from(sha256, 'utf8');
  if (stored.length !== expected.length || !timingSafeEqual(stored, expected)) {
    return { ok: false, reason: 'checksum mismatch' };
  }
  if (format === 'deskid-vault' && version > currentVaultVersion && Number.isInteger(version)) {
    throw new DeskIdError(
      'unsupported_format',
      `This vault was written by a newer DeskID (format version ${version}). Update DeskID to open it.`,
    );
  }
  const parsed = vaultFileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, reason: `unexpected structure at ${parsed.error.issues[0]?.path.join('.') ?? '?'}` };
  return { ok: true, body: parsed.data.body };
}
