import { DeskIdError } from '../../contract/DeskIdError';
import { parseOtpauthUri } from '../authenticator/parseOtpauthUri';
import type { ImportResult } from './ImportResult';
import { importGoogleMigration } from './importGoogleMigration';
import { readQrCode } from './readQrCode';

/**
 * Reads the accounts in a QR code image (PNG or JPEG): one `otpauth://` account, or a
 * Google Authenticator export code. A Google export split over several codes needs every
 * code: read each with `readQrCode` and give the texts to `importGoogleMigration`.
 * Errors: those of `readQrCode`, `parseOtpauthUri` and `importGoogleMigration`, and
 * `invalid_otpauth_uri` for a QR code that holds no authenticator account.
 * `beforeGoogleExport` runs once a code turns out to be a Google export (an import of
 * many accounts, which machine policy may refuse by throwing there), before it is read.
 */
export function importQrImage(
  bytes: Uint8Array,
  { beforeGoogleExport }: { beforeGoogleExport?: () => void } = {},
): ImportResult {
  const text = readQrCode(bytes).trim();
  if (/^otpauth-migration:/i.test(text)) {
    beforeGoogleExport?.();
    return { ...importGoogleMigration([text]), format: 'qr_image' };
  }
  if (/^otpauth:/i.test(text)) return { format: 'qr_image', accounts: [parseOtpauthUri(text)], skipped: [] };
  throw new DeskIdError('invalid_otpauth_uri', 'The QR code does not hold an authenticator account (otpauth://).');
}
