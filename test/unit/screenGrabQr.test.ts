import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { maxImageBytes } from '../../electron/contract/fileLimits';
import { readQrCode } from '../../electron/services/importers/readQrCode';
import { frameSize } from '../../renderer/src/platform/grabScreenFrame';

/**
 * The browser host's screen grab scales a large screen to 1920×1200 pixels' worth
 * (`frameSize`) before the host decodes it. A QR code a page shows at 200 CSS pixels on a
 * 4K screen at 150 % or a 5K screen at 200 % must still read once scaled down. The canvas
 * is stood in for by an area-average downscale (what `imageSmoothingQuality: 'high'` does).
 */

const migrationUri = readFileSync(
  path.join(import.meta.dirname, '../fixtures/importers/google_authenticator/example_export.txt'),
  'utf8',
)
  .split('\n')
  .find((line) => line.startsWith('otpauth-migration://'))!;

const otpauthUri =
  'otpauth://totp/Example%20Clinic:alice.smith%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Clinic&algorithm=SHA1&digits=6&period=30';

/** A grey `width`×`height` screen (one byte a pixel) with `text`'s QR code drawn `size` pixels wide, margin included, at (x, y). */
function screenWithQr(width: number, height: number, text: string, size: number): Uint8Array {
  const screen = new Uint8Array(width * height).fill(0xe8);
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 8; // a quiet zone of 4 modules each side
  const x0 = Math.round(width * 0.6);
  const y0 = Math.round(height * 0.3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor((y * cells) / size) - 4;
      const column = Math.floor((x * cells) / size) - 4;
      const inCode = row >= 0 && column >= 0 && row < modules.size && column < modules.size;
      const dark = inCode && modules.get(row, column) === 1;
      screen[(y0 + y) * width + x0 + x] = dark ? 0 : 0xff;
    }
  }
  return screen;
}

/** Area-average downscale of a one-byte-a-pixel image, as an RGBA PNG. */
function scaledPng(screen: Uint8Array, width: number, height: number): Buffer {
  const target = frameSize(width, height);
  const png = new PNG({ width: target.width, height: target.height });
  const scaleX = width / target.width;
  const scaleY = height / target.height;
  for (let y = 0; y < target.height; y++) {
    const top = Math.floor(y * scaleY);
    const bottom = Math.max(top + 1, Math.floor((y + 1) * scaleY));
    for (let x = 0; x < target.width; x++) {
      const left = Math.floor(x * scaleX);
      const right = Math.max(left + 1, Math.floor((x + 1) * scaleX));
      let sum = 0;
      for (let sy = top; sy < bottom; sy++) for (let sx = left; sx < right; sx++) sum += screen[sy * width + sx]!;
      const value = Math.round(sum / ((bottom - top) * (right - left)));
      const at = (y * target.width + x) * 4;
      png.data[at] = png.data[at + 1] = png.data[at + 2] = value;
      png.data[at + 3] = 0xff;
    }
  }
  return PNG.sync.write(png);
}

describe('a screen grab scaled to 2.3 megapixels still reads its QR code', () => {
  for (const [screen, width, height, qrPixels] of [
    ['4K at 150 %', 3840, 2160, 300],
    ['5K at 200 %', 5120, 2880, 400],
    ['32:9 ultrawide (5120×1440) at 100 %', 5120, 1440, 200],
  ] as const) {
    for (const [what, text] of [
      ['an otpauth URI', otpauthUri],
      ['a Google Authenticator export', migrationUri],
    ] as const) {
      it(`${what}, 200 CSS pixels wide on a ${screen} screen`, () => {
        const png = scaledPng(screenWithQr(width, height, text, qrPixels), width, height);
        expect(PNG.sync.read(png).width).toBe(frameSize(width, height).width);
        expect(png.length).toBeLessThan(maxImageBytes / 2);
        expect(readQrCode(new Uint8Array(png))).toBe(text);
      });
    }
  }
});
