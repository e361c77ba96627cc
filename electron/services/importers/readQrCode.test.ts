import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, it, expect } from 'vitest';
import { DeskIdError } from '../../contract/DeskIdError';
import { formatOtpauthUri } from '../authenticator/formatOtpauthUri';
import type { NewAccount } from '../authenticator/accountSchema';
import { googleMigrationPayload } from './googleMigrationPayload';
import { importAccounts } from './importAccounts';
import { importGoogleMigration } from './importGoogleMigration';
import { importQrImage } from './importQrImage';
import { readImageDimensions } from './readImageDimensions';
import { readQrCode } from './readQrCode';

const account: NewAccount = {
  type: 'totp',
  issuer: 'ACME Co',
  label: 'alice@example.com',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  algorithm: 'SHA256',
  digits: 8,
  period: 60,
  icon: null,
};

const qrPng = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { type: 'png', scale: 6, margin: 4 });

/** The same QR code as a JPEG, re-encoded with jpeg-js from the PNG's pixels. */
async function qrJpeg(text: string): Promise<Buffer> {
  const png = PNG.sync.read(await qrPng(text));
  return jpeg.encode({ data: png.data, width: png.width, height: png.height }, 90).data;
}

/** A PNG made of just a signature and an IHDR chunk declaring `width`×`height`. */
function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(6, 25);
  return header;
}

/** A JPEG of an APP0 segment and a baseline frame header declaring `width`×`height`, and nothing else. */
function jpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, 0, 0, 0, 0, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

/** One PNG chunk: length, type, data and CRC. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A well-formed 1×1 RGBA PNG whose IDAT inflates to `inflated` zero bytes: 8 MB deflate to about 8 KB. */
function pngBomb(interlace: 0 | 1, inflated: number): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, interlace]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(inflated))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('readQrCode and importQrImage', () => {
  it('decodes a QR code made with qrcode back to the account, from PNG and JPEG', async () => {
    const uri = formatOtpauthUri(account);
    expect(readQrCode(await qrPng(uri))).toBe(uri);
    expect(importQrImage(await qrPng(uri))).toEqual({ format: 'qr_image', accounts: [account], skipped: [] });
    expect(readQrCode(await qrJpeg(uri))).toBe(uri);
    expect((await importAccounts(await qrJpeg(uri))).accounts).toEqual([account]);
  });

  it('refuses images over 20 MP from the header, before decoding any pixel', () => {
    // The files stop after the header: decoding them would answer invalid_image, not image_too_large.
    expect(readImageDimensions(pngHeader(5000, 4001))).toEqual({ format: 'png', width: 5000, height: 4001 });
    expect(() => readQrCode(pngHeader(5000, 4001))).toThrow(expect.objectContaining({ code: 'image_too_large' }));
    expect(() => readQrCode(pngHeader(100_000, 100_000))).toThrow(expect.objectContaining({ code: 'image_too_large' }));
    expect(readImageDimensions(jpegHeader(6000, 4000))).toEqual({ format: 'jpeg', width: 6000, height: 4000 });
    expect(() => readQrCode(jpegHeader(6000, 4000))).toThrow(expect.objectContaining({ code: 'image_too_large' }));
    expect(() => readQrCode(pngHeader(5000, 4000))).toThrow(expect.objectContaining({ code: 'invalid_image' }));
  });

  it('answers invalid_image for garbage and truncated files', async () => {
    const png = await qrPng(formatOtpauthUri(account));
    const jpg = await qrJpeg(formatOtpauthUri(account));
    for (const bytes of [
      Buffer.from('not an image at all'),
      Buffer.alloc(0),
      png.subarray(0, 20),
      png.subarray(0, png.length / 2),
      Buffer.concat([png.subarray(0, 33), Buffer.alloc(500, 0x5a)]),
      jpg.subarray(0, 10),
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 0]),
    ]) {
      expect(() => readQrCode(bytes)).toThrow(expect.objectContaining({ code: 'invalid_image' }));
    }
  });

  it('answers no_qr_code for an image without one, and invalid_otpauth_uri for a QR code of something else', async () => {
    const blank = new PNG({ width: 64, height: 64 });
    blank.data.fill(255);
    expect(() => readQrCode(PNG.sync.write(blank))).toThrow(expect.objectContaining({ code: 'no_qr_code' }));
    expect(() => importQrImage(PNG.sync.write(blank))).toThrow(expect.objectContaining({ code: 'no_qr_code' }));
    const web = await qrPng('https://example.com/');
    expect(() => importQrImage(web)).toThrow(expect.objectContaining({ code: 'invalid_otpauth_uri' }));
  });

  it('reads a two-code Google export from two QR images, and names the code still to scan', async () => {
    const uris = [0, 1].map((batchIndex) => {
      const message = googleMigrationPayload.fromObject({
        otpParameters: [
          {
            secret: Uint8Array.from({ length: 20 }, (_, i) => i + batchIndex),
            name: `user${batchIndex}`,
            issuer: 'ACME',
            algorithm: 1,
            digits: 1,
            type: 2,
          },
        ],
        version: 1,
        batchSize: 2,
        batchIndex,
        batchId: 42,
      });
      const data = Buffer.from(googleMigrationPayload.encode(message).finish()).toString('base64');
      return `otpauth-migration://offline?data=${encodeURIComponent(data)}`;
    });
    const images = await Promise.all(uris.map(qrPng));
    expect(() => importQrImage(images[1]!)).toThrow(
      expect.objectContaining({ code: 'import_failed', details: { batchSize: 2, missing: [1], missingCount: 1 } }),
    );
    const texts = images.map(readQrCode);
    expect(importGoogleMigration(texts).accounts.map((a) => a.label)).toEqual(['user0', 'user1']);
  });

  it('refuses interlaced PNGs, whose inflation pngjs does not bound, and bounds the rest', () => {
    const interlaced = pngBomb(1, 8 * 1024 * 1024);
    expect(interlaced.length).toBeLessThan(64 * 1024);
    expect(() => readImageDimensions(interlaced)).toThrow(/save it as a non-interlaced PNG or a JPEG/);
    expect(() => readQrCode(interlaced)).toThrow(expect.objectContaining({ code: 'invalid_image' }));
    // The same data not interlaced: pngjs inflates at most the 5 bytes a 1×1 image needs, and answers in words.
    expect(() => readQrCode(pngBomb(0, 8 * 1024 * 1024))).toThrow(DeskIdError);
    expect(() => readQrCode(pngBomb(0, 1000))).toThrow(expect.objectContaining({ code: 'no_qr_code' }));
  });

  it('lets jpeg-js refuse a later frame over 20 MP that the header check did not see', () => {
    const small = jpegHeader(16, 16);
    const big = jpegHeader(6000, 4000).subarray(20);
    expect(readImageDimensions(Buffer.concat([small, big]))).toMatchObject({ width: 16, height: 16 });
    expect(() => readQrCode(Buffer.concat([small, big]))).toThrow(expect.objectContaining({ code: 'invalid_image' }));
  });
});
