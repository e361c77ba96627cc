import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import type { NewAccount } from '../authenticator/accountSchema';
import { buildAccount } from './buildAccount';
import { googleMigrationPayload } from './googleMigrationPayload';
import type { SkippedEntry } from './ImportResult';
import { readEntries } from './readEntries';

/** One QR code of a Google Authenticator export, decoded. */
export interface GoogleMigrationBatch {
  batchId: number;
  /** 0-based index of this QR code in the export, out of `batchSize`. */
  batchIndex: number;
  batchSize: number;
  accounts: NewAccount[];
  skipped: SkippedEntry[];
}

const payloadSchema = z.object({
  otpParameters: z.array(
    z.object({
      secret: z.instanceof(Uint8Array),
      name: z.string(),
      issuer: z.string(),
      algorithm: z.number(),
      digits: z.number(),
      type: z.number(),
      counter: z.string(),
    }),
  ),
  batchSize: z.number(),
  batchIndex: z.number(),
  batchId: z.number(),
});

/**
 * The most QR codes one export may claim. Google Authenticator puts about 10 accounts in
 * a code, so 100 codes hold far more accounts than anyone has; a larger `batchSize` is a
 * damaged or hostile file, refused before DeskID counts its codes.
 */
export const maxGoogleBatchSize = 100;

const algorithms = ['SHA1', 'SHA1', 'SHA256', 'SHA512'];
const fail = (message: string): never => {
  throw new DeskIdError('import_failed', message);
};

/** The `data` parameter, read without form-decoding: a `+` in base64 stays a `+`. */
function dataOf(uri: string): Uint8Array {
  const match = /^otpauth-migration:\/\/offline\/?\?(?:[^#]*&)?data=([^&#]*)/i.exec(uri.trim());
  if (match === null) fail('This is not a Google Authenticator export (otpauth-migration://offline?data=…).');
  let base64 = '';
  try {
    base64 = decodeURIComponent(match?.[1] ?? '').replace(/ /g, '+');
  } catch {
    fail('The Google Authenticator export has a broken percent-encoding.');
  }
  if (base64 === '' || !/^[A-Za-z0-9+/_-]+=*$/.test(base64))
    fail('The Google Authenticator export data is not base64.');
  return Buffer.from(base64, 'base64');
}

/**
 * Decodes one `otpauth-migration://offline?data=` URI (one QR code of a Google
 * Authenticator export) with protobufjs. Entries with MD5 or bad secrets are skipped; a
 * URI that is not a migration payload, claims more than `maxGoogleBatchSize` codes or an
 * index outside its batch answers `import_failed`. Names are kept verbatim.
 */
export function decodeGoogleMigrationUri(uri: string): GoogleMigrationBatch {
  let decoded: unknown;
  try {
    const message = googleMigrationPayload.decode(dataOf(uri));
    decoded = googleMigrationPayload.toObject(message, {
      longs: String,
      bytes: Uint8Array,
      defaults: true,
      enums: Number,
    });
  } catch (error) {
    if (error instanceof DeskIdError) throw error;
    fail('The Google Authenticator export data is damaged or truncated.');
  }
  const payload = payloadSchema.safeParse(decoded);
  if (!payload.success) return fail('The Google Authenticator export data is damaged or truncated.');
  const { otpParameters, batchId, batchIndex } = payload.data;
  const batchSize = Math.max(payload.data.batchSize, 1);
  if (batchSize > maxGoogleBatchSize) {
    throw new DeskIdError(
      'import_failed',
      `This Google Authenticator export says it has ${batchSize} QR codes; DeskID reads exports of up to ${maxGoogleBatchSize} codes.`,
      { batchSize, maxBatchSize: maxGoogleBatchSize },
    );
  }
  if (batchIndex < 0 || batchIndex >= batchSize) {
    throw new DeskIdError(
      'import_failed',
      `This Google Authenticator export is damaged: it says it is code ${batchIndex + 1} of ${batchSize}.`,
      { batchIndex, batchSize },
    );
  }
  const { accounts, skipped } = readEntries(
    otpParameters,
    (otp) => {
      const algorithm = algorithms[otp.algorithm];
      if (algorithm === undefined)
        throw new DeskIdError('import_failed', 'The entry uses MD5, which DeskID does not support.');
      return buildAccount({
        type: otp.type === 1 ? 'hotp' : 'totp',
        issuer: otp.issuer,
        label: otp.name,
        secret: otp.secret,
        algorithm,
        digits: otp.digits === 2 ? 8 : 6,
        period: 30,
        counter: Number(otp.counter),
      });
    },
    (otp) => [otp.issuer, otp.name].filter((part) => part !== '').join(': '),
  );
  return { batchId, batchIndex, batchSize, accounts, skipped };
}
