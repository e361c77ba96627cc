import { readFile, stat } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import type { ImportResult } from './ImportResult';
import { importAccounts } from './importAccounts';

/** The largest file DeskID reads for import: exports are small, and images are capped by pixels anyway. */
export const maxImportFileBytes = 64 * 1024 * 1024;

/** An argument that looks like a URI rather than a path: an otpauth URI typed in the wrong place holds a secret. */
const looksLikeUri = (path: string): boolean => /:\/\/|secret=|^\s*otpauth/i.test(path);

/**
 * Reads a file from disk and imports the accounts in it (see `importAccounts` for the
 * formats). A missing, unreadable or oversized file answers `file_error`; the message
 * names the file, never its content, and not even the name when it looks like a URI
 * (`otpauth://…?secret=…` given where a path belongs), so a secret never reaches stderr.
 */
export async function importFile(path: string, options: { password?: string } = {}): Promise<ImportResult> {
  const hidden = looksLikeUri(path);
  const fail = (message: string, details?: Record<string, unknown>): never => {
    throw new DeskIdError(
      'file_error',
      hidden ? 'DeskID cannot read that file: what was given looks like a URI, not a file path.' : message,
      details,
    );
  };
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) fail(`"${path}" is not a file.`);
    if (info.size > maxImportFileBytes) {
      fail(`"${path}" is too large to import (${Math.round(info.size / 1048576)} MB).`, { bytes: info.size });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof DeskIdError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return fail(code === 'ENOENT' ? `There is no file "${path}".` : `"${path}" cannot be read (${code}).`, {
      errno: code,
    });
  }
  return importAccounts(bytes, options);
}
