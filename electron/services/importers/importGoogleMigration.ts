import { DeskIdError } from '../../contract/DeskIdError';
import { decodeGoogleMigrationUri, type GoogleMigrationBatch } from './decodeGoogleMigrationUri';
import type { ImportResult } from './ImportResult';

/** How many missing codes an error names; the rest are counted. */
const maxMissingShown = 20;

/**
 * Reads a Google Authenticator export made of one or more `otpauth-migration://` URIs
 * (one per QR code). Every batch of an export must be present: a missing one answers
 * `import_failed` naming which (the first 20, and how many more), so the person scans it too. Accounts come in the order
 * given.
 */
export function importGoogleMigration(uris: readonly string[]): ImportResult {
  if (uris.length === 0) throw new DeskIdError('import_failed', 'No Google Authenticator export was given.');
  // A QR code scanned twice counts once.
  const distinct = [...new Set(uris.map((uri) => uri.trim()))];
  const batches: GoogleMigrationBatch[] = distinct.map(decodeGoogleMigrationUri);
  const seen = new Map<string, { size: number; indexes: Set<number> }>();
  for (const batch of batches) {
    const key = `${batch.batchId}/${batch.batchSize}`;
    const entry = seen.get(key) ?? { size: batch.batchSize, indexes: new Set<number>() };
    entry.indexes.add(batch.batchIndex);
    seen.set(key, entry);
  }
  for (const { size, indexes } of seen.values()) {
    const missing = Array.from({ length: size }, (_, index) => index + 1).filter((code) => !indexes.has(code - 1));
    if (missing.length > 0) {
      const shown = missing.slice(0, maxMissingShown);
      const more = missing.length - shown.length;
      const names = `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
      throw new DeskIdError(
        'import_failed',
        `This Google Authenticator export has ${size} QR codes and ${missing.length === 1 ? 'code' : 'codes'} ${names} ${missing.length === 1 ? 'is' : 'are'} missing: scan every code of the export.`,
        { batchSize: size, missing: shown, missingCount: missing.length },
      );
    }
  }
  return {
    format: 'google_migration',
    accounts: batches.flatMap((batch) => batch.accounts),
    skipped: batches.flatMap((batch) => batch.skipped),
  };
}
