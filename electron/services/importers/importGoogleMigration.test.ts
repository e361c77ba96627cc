import { describe, it, expect } from 'vitest';
import { encodeBase32 } from '../authenticator/encodeBase32';
import { googleMigrationPayload } from './googleMigrationPayload';
import { importGoogleMigration } from './importGoogleMigration';
import { importOtpauthText } from './importOtpauthText';

interface Otp {
  secret: Uint8Array;
  name: string;
  issuer?: string;
  algorithm?: number;
  digits?: number;
  type?: number;
  counter?: number;
}

/** A migration URI encoded with protobufjs, as Google Authenticator writes it. */
function migrationUri(otps: Otp[], batch: { size: number; index: number; id: number }): string {
  const message = googleMigrationPayload.fromObject({
    otpParameters: otps.map((otp) => ({ algorithm: 1, digits: 1, type: 2, ...otp })),
    version: 1,
    batchSize: batch.size,
    batchIndex: batch.index,
    batchId: batch.id,
  });
  const data = Buffer.from(googleMigrationPayload.encode(message).finish()).toString('base64');
  return `otpauth-migration://offline?data=${encodeURIComponent(data)}`;
}

const secret = (seed: number): Uint8Array =>
  Uint8Array.from({ length: 20 }, (_, index) => (seed * 31 + index * 7) & 0xff);

describe('importGoogleMigration', () => {
  const batches = [0, 1, 2].map((index) =>
    migrationUri(
      [
        { secret: secret(index * 2), name: `user${index}a@example.com`, issuer: `Issuer ${index}` },
        { secret: secret(index * 2 + 1), name: `user${index}b`, algorithm: 3, digits: 2, type: 1, counter: 2 ** 40 },
      ],
      { size: 3, index, id: 987654 },
    ),
  );

  it('reads every batch of a multi-batch export, in any order', () => {
    const result = importGoogleMigration([batches[2]!, batches[0]!, batches[1]!]);
    expect(result.skipped).toEqual([]);
    expect(result.accounts.map((account) => account.label)).toEqual([
      'user2a@example.com',
      'user2b',
      'user0a@example.com',
      'user0b',
      'user1a@example.com',
      'user1b',
    ]);
    expect(result.accounts[1]).toMatchObject({
      type: 'hotp',
      algorithm: 'SHA512',
      digits: 8,
      counter: 2 ** 40,
      issuer: '',
    });
    expect(result.accounts[0]).toMatchObject({
      type: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      issuer: 'Issuer 2',
    });
  });

  it('counts a code scanned twice once, and names the missing batch', () => {
    expect(importGoogleMigration([...batches, batches[1]!]).accounts).toHaveLength(6);
    let error: unknown;
    try {
      importGoogleMigration([batches[0]!, batches[2]!]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'import_failed', details: { batchSize: 3, missing: [2] } });
  });

  it('reads a text file of URIs with comments, and keeps a literal + in the data', () => {
    const raw = migrationUri([{ secret: Uint8Array.from({ length: 16 }, () => 0xfb), name: 'plus' }], {
      size: 1,
      index: 0,
      id: 1,
    });
    const literal = decodeURIComponent(raw);
    expect(literal).toMatch(/[+/]/);
    const result = importOtpauthText(`# my export\n\n${literal}\n`);
    expect(result.format).toBe('google_migration');
    expect(result.accounts[0]?.secret).toBe(encodeBase32(Uint8Array.from({ length: 16 }, () => 0xfb)));
  });

  it('skips MD5 and short secrets, and refuses damaged data', () => {
    const uri = migrationUri(
      [
        { secret: secret(1), name: 'md5', algorithm: 4 },
        { secret: new Uint8Array(8), name: 'short' },
        { secret: secret(2), name: 'fine' },
      ],
      { size: 1, index: 0, id: 5 },
    );
    const result = importGoogleMigration([uri]);
    expect(result.accounts.map((account) => account.label)).toEqual(['fine']);
    expect(result.skipped.map((entry) => entry.name)).toEqual(['md5', 'short']);
    expect(() => importGoogleMigration([uri.slice(0, 60)])).toThrow(expect.objectContaining({ code: 'import_failed' }));
    expect(() => importGoogleMigration(['otpauth-migration://offline?data=%%%'])).toThrow(
      expect.objectContaining({ code: 'import_failed' }),
    );
    expect(() => importGoogleMigration([])).toThrow(expect.objectContaining({ code: 'import_failed' }));
  });

  it('refuses a batch size over 100 and an index outside the batch, before counting codes', () => {
    // Field 3 (batchSize) = 2^31 - 1 and nothing else: once a V8 out-of-memory abort.
    const bomb = `otpauth-migration://offline?data=${Buffer.from([0x18, 0xff, 0xff, 0xff, 0xff, 0x07]).toString('base64')}`;
    expect(() => importGoogleMigration([bomb])).toThrow(
      expect.objectContaining({ code: 'import_failed', details: { batchSize: 2147483647, maxBatchSize: 100 } }),
    );
    const huge = migrationUri([{ secret: secret(1), name: 'a' }], { size: 20_000_000, index: 0, id: 3 });
    expect(() => importGoogleMigration([huge])).toThrow(expect.objectContaining({ code: 'import_failed' }));
    expect(() => importGoogleMigration([huge])).toThrow(
      /says it has 20000000 QR codes; DeskID reads exports of up to 100/,
    );
    for (const index of [2, 7, -1]) {
      const outside = migrationUri([{ secret: secret(1), name: 'a' }], { size: 2, index, id: 4 });
      expect(() => importGoogleMigration([outside])).toThrow(
        expect.objectContaining({ code: 'import_failed', details: { batchIndex: index, batchSize: 2 } }),
      );
    }
  });

  it('names at most 20 missing codes, and counts the rest', () => {
    const first = migrationUri([{ secret: secret(1), name: 'a' }], { size: 100, index: 0, id: 6 });
    let error: unknown;
    try {
      importGoogleMigration([first]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'import_failed',
      details: { batchSize: 100, missing: Array.from({ length: 20 }, (_, index) => index + 2), missingCount: 99 },
    });
    expect((error as Error).message).toContain(
      'codes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21 and 79 more are missing',
    );
  });
});
