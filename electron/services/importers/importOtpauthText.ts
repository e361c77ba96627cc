import { DeskIdError, isDeskIdError } from '../../contract/DeskIdError';
import type { NewAccount } from '../authenticator/accountSchema';
import { parseOtpauthUri } from '../authenticator/parseOtpauthUri';
import { skipReasonOf } from './readEntries';
import type { ImportResult, SkippedEntry } from './ImportResult';
import { importGoogleMigration } from './importGoogleMigration';

/** Whether an Ente Auth line says the entry is in Ente's trash. */
function isTrashed(uri: string): boolean {
  const match = /[?&]codeDisplay=([^&#]*)/.exec(uri);
  if (match === null) return false;
  try {
    const display = JSON.parse(decodeURIComponent(match[1] ?? '')) as unknown;
    return typeof display === 'object' && display !== null && (display as { trashed?: unknown }).trashed === true;
  } catch {
    return false;
  }
}

/**
 * Reads text with one URI a line: a plain list of `otpauth://` URIs (Aegis, WinAuth and
 * others), Ente Auth's plain-text export (its `codeDisplay` parameter marks it; trashed
 * entries are skipped), or Google Authenticator `otpauth-migration://` URIs, every batch
 * of which must be present. Blank lines and `#` comments are ignored; a bad line is
 * skipped with its reason. Text with no URI at all answers `unsupported_format`.
 */
export function importOtpauthText(text: string): ImportResult {
  const lines = text.split(/\r?\n/).map((line, index) => ({ line: line.trim(), position: index + 1 }));
  const uris = lines.filter(({ line }) => /^otpauth:\/\//i.test(line));
  const migrations = lines.filter(({ line }) => /^otpauth-migration:\/\//i.test(line));
  if (uris.length === 0 && migrations.length === 0) {
    throw new DeskIdError('unsupported_format', 'The text holds no otpauth:// or otpauth-migration:// URI.');
  }
  const accounts: NewAccount[] = [];
  const skipped: SkippedEntry[] = [];
  const ente = uris.some(({ line }) => /[?&]codeDisplay=/.test(line));
  for (const { line, position } of uris) {
    if (ente && isTrashed(line)) {
      skipped.push({ position, name: '', reason: 'The entry is in Ente Auth’s trash.', why: { kind: 'inTrash' } });
      continue;
    }
    try {
      accounts.push(parseOtpauthUri(line));
    } catch (error) {
      if (!isDeskIdError(error)) throw error;
      skipped.push({ position, name: '', reason: error.message, why: skipReasonOf(error) });
    }
  }
  if (migrations.length > 0) {
    const google = importGoogleMigration(migrations.map(({ line }) => line));
    accounts.push(...google.accounts);
    skipped.push(...google.skipped);
  }
  const format = migrations.length > 0 && uris.length === 0 ? 'google_migration' : ente ? 'ente_auth' : 'otpauth';
  return { format, accounts, skipped };
}
