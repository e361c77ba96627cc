import { DeskIdError } from '../../contract/DeskIdError';
import { import2fas } from './import2fas';
import { importAegis } from './importAegis';
import { importAndOtp } from './importAndOtp';
import { importFreeOtpPlus } from './importFreeOtpPlus';
import { importGoogleAuthenticatorDb } from './importGoogleAuthenticatorDb';
import type { ImportResult } from './ImportResult';
import { importOtpauthText } from './importOtpauthText';
import { importQrImage } from './importQrImage';
import { parseJson } from './parseJson';

const sqliteMagic = 'SQLite format 3\0';
const unsupported = (): never => {
  throw new DeskIdError(
    'unsupported_format',
    'DeskID cannot read this file. It reads otpauth URI lists, Google Authenticator exports, Aegis, 2FAS, andOTP (plain), FreeOTP+ and Ente Auth exports, and QR code images.',
  );
};

/**
 * Reads the accounts in a file of any supported format, told apart by content: a QR code
 * image (PNG, JPEG), Google Authenticator's SQLite database, Aegis or 2FAS backups (plain
 * or with `password`), andOTP or FreeOTP+ JSON, FreeOTP+ XML, or text with `otpauth://` /
 * `otpauth-migration://` lines (plain lists, Ente Auth, Google exports). Pure over the
 * bytes. Answers `unsupported_format` for anything else, `password_required` for an
 * encrypted backup without a password, and the errors of each importer.
 */
export async function importAccounts(
  bytes: Uint8Array,
  { password }: { password?: string } = {},
): Promise<ImportResult> {
  const options = password === undefined ? {} : { password };
  if (Buffer.from(bytes.subarray(0, 16)).toString('latin1') === sqliteMagic) return importGoogleAuthenticatorDb(bytes);
  if ((bytes[0] === 0x89 && bytes[1] === 0x50) || (bytes[0] === 0xff && bytes[1] === 0xd8)) return importQrImage(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return unsupported();
  }
  const start = text.trimStart();
  if (start.startsWith('<')) return /<map\b/.test(start) ? importFreeOtpPlus(start) : unsupported();
  if (start.startsWith('[')) return importAndOtp(start);
  if (start.startsWith('{')) {
    const json = parseJson(start, 'backup');
    if (typeof json !== 'object' || json === null) return unsupported();
    if ('header' in json && 'db' in json) return importAegis(start, options);
    if ('services' in json || 'servicesEncrypted' in json) return import2fas(start, options);
    if ('tokens' in json) return importFreeOtpPlus(start);
    return unsupported();
  }
  if (/otpauth(?:-migration)?:\/\//i.test(start)) return importOtpauthText(start);
  return unsupported();
}
