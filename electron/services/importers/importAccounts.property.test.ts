import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { newAccountSchema } from '../authenticator/accountSchema';
import { encodeBase32 } from '../authenticator/encodeBase32';
import { googleMigrationPayload } from './googleMigrationPayload';
import { importAccounts } from './importAccounts';
import { importOtpauthText } from './importOtpauthText';

/** The property: a result of valid accounts and well-formed skips, or a DeskIdError. */
async function typedOutcome(bytes: Uint8Array, password?: string): Promise<void> {
  try {
    const result = await importAccounts(bytes, password === undefined ? {} : { password });
    for (const account of result.accounts) expect(newAccountSchema.parse(account)).toEqual(account);
    for (const entry of result.skipped) {
      expect(entry.position).toBeGreaterThan(0);
      expect(typeof entry.reason).toBe('string');
    }
  } catch (error) {
    if (!(error instanceof DeskIdError)) throw error;
  }
}

const secretLike = fc.oneof(
  { arbitrary: fc.uint8Array({ minLength: 10, maxLength: 64 }).map(encodeBase32), weight: 4 },
  fc.uint8Array({ minLength: 0, maxLength: 70 }).map(encodeBase32),
  fc.uint8Array({ minLength: 10, maxLength: 40 }).map((bytes) => `${encodeBase32(bytes).toLowerCase()}===`),
  fc.string(),
  fc.anything(),
);
const numberLike = fc.oneof(
  { arbitrary: fc.constantFrom(6, 8, 30, 60, 1), weight: 4 },
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  fc.string(),
  fc.constant(null),
  fc.anything(),
);
const typeLike = fc.oneof(
  fc.constantFrom('totp', 'hotp', 'steam', 'TOTP', 'HOTP', 'STEAM', 'motp', 'yandex'),
  fc.string(),
);
const algoLike = fc.oneof(fc.constantFrom('SHA1', 'SHA256', 'SHA512', 'sha1', 'MD5'), fc.anything());
const text = fc.oneof(fc.string(), fc.anything());

/** JSON of any value; inside an array, `undefined` becomes `null` instead of no text at all. */
const json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify([value]).slice(1, -1));

const aegisFile = fc
  .array(
    fc.record({
      type: typeLike,
      name: text,
      issuer: text,
      info: fc.record({
        secret: secretLike,
        algo: algoLike,
        digits: numberLike,
        period: numberLike,
        counter: numberLike,
      }),
    }),
    { maxLength: 5 },
  )
  .map((entries) => json({ version: 1, header: { slots: null, params: null }, db: { version: 1, entries } }));

const twoFasFile = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.array(
      fc.record(
        {
          name: text,
          secret: secretLike,
          otp: fc.record(
            {
              account: text,
              issuer: text,
              digits: numberLike,
              period: numberLike,
              algorithm: algoLike,
              counter: numberLike,
              tokenType: typeLike,
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['secret'] },
      ),
      { maxLength: 5 },
    ),
  )
  .map(([schemaVersion, services]) => json({ schemaVersion, services }));

const andOtpFile = fc
  .array(
    fc.record({
      secret: secretLike,
      issuer: text,
      label: text,
      digits: numberLike,
      type: typeLike,
      algorithm: algoLike,
      period: numberLike,
      counter: numberLike,
    }),
    { maxLength: 5 },
  )
  .map(json);

const freeOtpFile = fc
  .array(
    fc.record({
      algo: algoLike,
      counter: numberLike,
      digits: numberLike,
      issuerExt: text,
      label: text,
      period: numberLike,
      secret: fc.oneof(fc.array(fc.integer({ min: -128, max: 127 }), { maxLength: 70 }), fc.anything()),
      type: typeLike,
    }),
    { maxLength: 5 },
  )
  .map((tokens) => json({ tokenOrder: [], tokens }));

/** XML text with random character references, some naming no character (past U+10FFFF). */
const xmlText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('&amp;', '&lt;', '&quot;', '&bogus;', '&#;', '&#x;'),
      fc.nat({ max: 0x11_0010 }).map((code) => `&#x${code.toString(16)};`),
      fc.bigInt({ min: 0n, max: 10n ** 30n }).map((code) => `&#${code};`),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** FreeOTP+'s SharedPreferences XML: random names, and values of escaped token JSON or random text. */
const freeOtpXml = fc
  .array(
    fc.tuple(
      fc.oneof(xmlText, fc.constant('tokenOrder')),
      fc.oneof(
        freeOtpFile.map((bytes) => Buffer.from(bytes).toString('utf8').replace(/&/g, '&amp;').replace(/"/g, '&quot;')),
        xmlText,
      ),
    ),
    { maxLength: 4 },
  )
  .map((entries) =>
    Buffer.from(
      `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n${entries
        .map(
          ([name, value]) =>
            `    <string name="${name.replace(/"/g, '')}">${value.replace(/<\/string>/g, '')}</string>\n`,
        )
        .join('')}</map>\n`,
    ),
  );

const migrationText = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .array(
          fc.record({
            secret: fc.uint8Array({ maxLength: 40 }),
            name: fc.string(),
            issuer: fc.string(),
            algorithm: fc.integer({ min: 0, max: 6 }),
            digits: fc.integer({ min: 0, max: 4 }),
            type: fc.integer({ min: 0, max: 3 }),
            counter: fc.integer({ min: 0 }),
          }),
          { maxLength: 4 },
        )
        .chain((otpParameters) =>
          fc
            .record({ size: fc.integer({ min: 0, max: 3 }), index: fc.integer({ min: -1, max: 3 }), id: fc.integer() })
            .map(({ size, index, id }) =>
              googleMigrationPayload
                .encode(
                  googleMigrationPayload.fromObject({
                    otpParameters,
                    version: 1,
                    batchSize: size,
                    batchIndex: index,
                    batchId: id,
                  }),
                )
                .finish(),
            ),
        ),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((payloads) =>
    payloads
      .map(
        (payload) => `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(payload).toString('base64'))}`,
      )
      .join('\n'),
  );

/**
 * Any generated value as text, never throwing: `String()` throws for some of what
 * `fc.anything()` makes (an object without a prototype, or whose `toString` and `valueOf`
 * are not functions), which failed the generator itself, not the importer, on some seeds.
 */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

const otpauthText = fc
  .array(
    fc
      .tuple(
        typeLike,
        fc.string(),
        fc.dictionary(
          fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter'),
          fc.oneof(fc.string(), secretLike.map(asText)),
        ),
      )
      .map(
        ([type, label, params]) =>
          `otpauth://${type}/${encodeURIComponent(label)}?${new URLSearchParams(params).toString()}`,
      ),
    { minLength: 1, maxLength: 4 },
  )
  .map((lines) => lines.join('\n'));

const magic = (prefix: number[]) =>
  fc.uint8Array({ maxLength: 300 }).map((tail) => Uint8Array.from([...prefix, ...tail]));

describe('importer properties: any input gives valid accounts or a DeskIdError, never another exception', () => {
  it('random bytes and random JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), (bytes) => typedOutcome(bytes)),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.json(), (value) => typedOutcome(Buffer.from(value))),
      { numRuns: 300 },
    );
  });

  it('bytes behind PNG, JPEG and SQLite signatures', async () => {
    const png = [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 40, 0, 0, 0, 40,
    ];
    const sqlite = [...Buffer.from('SQLite format 3\0', 'latin1')];
    const arbitrary = fc.oneof(
      magic(png),
      magic([0x89, 0x50]),
      magic([0xff, 0xd8]),
      magic([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0, 16, 0, 16]),
      magic(sqlite),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, (bytes) => typedOutcome(bytes)),
      { numRuns: 300 },
    );
  });

  it('Aegis, 2FAS, andOTP and FreeOTP+ (JSON and XML) shaped files with random fields', async () => {
    const arbitrary = fc.oneof(aegisFile, twoFasFile, andOtpFile, freeOtpFile, freeOtpXml);
    await fc.assert(
      fc.asyncProperty(arbitrary, (bytes) => typedOutcome(bytes)),
      { numRuns: 500 },
    );
  });

  it('encrypted Aegis and 2FAS files with random envelopes', async () => {
    const hex = fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('hex'));
    const aegis = fc
      .record({
        n: fc.constantFrom(2, 1024, 3, 2 ** 30, -1),
        r: fc.integer({ min: -1, max: 64 }),
        p: fc.integer({ min: 0, max: 3 }),
        salt: hex,
        key: hex,
        nonce: hex,
        tag: hex,
        db: fc.base64String(),
      })
      .map(({ n, r, p, salt, key, nonce, tag, db }) =>
        json({
          version: 1,
          header: { slots: [{ type: 1, key, key_params: { nonce, tag }, n, r, p, salt }], params: { nonce, tag } },
          db,
        }),
      );
    const twoFas = fc
      .array(fc.base64String(), { maxLength: 4 })
      .map((parts) => json({ schemaVersion: 4, services: [], servicesEncrypted: parts.join(':') }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(aegis, twoFas), (bytes) => typedOutcome(bytes, 'password')),
      { numRuns: 100 },
    );
  });

  it('Google exports and otpauth lists with random payloads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(migrationText, otpauthText), (value) => typedOutcome(Buffer.from(value))),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        try {
          importOtpauthText(`otpauth://totp/${value}\notpauth-migration://offline?data=${value}`);
        } catch (error) {
          expect(error).toBeInstanceOf(DeskIdError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
