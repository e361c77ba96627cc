import { readFile, stat } from 'node:fs/promises';
import { DeskIdError } from '../../contract/DeskIdError';
import type { ImportResult } from './ImportResult';
import { importAccounts } from './importAccounts';

/** The largest file DeskID reads for import: exports are small, and images are capped by pixels anyway. */
export const maxImportFileBytes = 64 * 1024 * 1024;

/**
 * Reads a file from disk and imports the accounts in it (see `importAccounts` for the
 * formats). A missing, unreadable or oversized file answers `file_error`; the message
 * names the file, never its content.
 */
export async function importFile(path: string, options: { password?: string } = {}): Promise<ImportResult> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DeskIdError('file_error', `"${path}" is not a file.`);
    if (info.size > maxImportFileBytes) {
      throw new DeskIdError('file_error', `"${path}" is too large to import (${Math.round(info.size / 1048576)} MB).`, {
        bytes: info.size,
      });
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof DeskIdError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new DeskIdError(
      'file_error',
      code === 'ENOENT' ? `There is no file "${path}".` : `"${path}" cannot be read (${code}).`,
      { errno: code },
    );
  }
  return importAccounts(bytes, options);
}
