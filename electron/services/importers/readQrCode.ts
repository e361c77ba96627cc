import jpeg from 'jpeg-js';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { DeskIdError } from '../../contract/DeskIdError';
import { readImageDimensions } from './readImageDimensions';

/** The largest image DeskID decodes: 20 megapixels (80 MB of RGBA). */
export const maxImagePixels = 20_000_000;

/** Decodes pixels whose count the header already capped; the decoders bound their own memory too. */
function decodePixels(bytes: Uint8Array, format: 'png' | 'jpeg'): { data: Uint8Array; width: number; height: number } {
  try {
    // Non-interlaced only (readImageDimensions refuses Adam7): pngjs then inflates at most the image's size.
    if (format === 'png') return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxResolutionInMP: maxImagePixels / 1_000_000,
      maxMemoryUsageInMB: 256,
    });
  } catch {
    throw new DeskIdError('invalid_image', `The ${format.toUpperCase()} image is damaged or truncated.`);
  }
}

/**
 * Finds a QR code in a PNG or JPEG image and returns its text (typically an `otpauth://`
 * or `otpauth-migration://` URI, so a secret: do not log it). The size is read from the
 * header first: over 20 megapixels answers `image_too_large` before any pixel is decoded.
 * A damaged file answers `invalid_image`, an image with no readable code `no_qr_code`.
 */
export function readQrCode(bytes: Uint8Array): string {
  const { format, width, height } = readImageDimensions(bytes);
  if (width === 0 || height === 0) throw new DeskIdError('invalid_image', 'The image has no pixels.');
  if (width * height > maxImagePixels) {
    throw new DeskIdError(
      'image_too_large',
      `The image is ${width}×${height} pixels (${((width * height) / 1e6).toFixed(1)} MP); DeskID reads images up to 20 MP. Crop it to the QR code.`,
      { width, height, maxPixels: maxImagePixels },
    );
  }
  const image = decodePixels(bytes, format);
  if (image.data.length < image.width * image.height * 4) {
    throw new DeskIdError('invalid_image', `The ${format.toUpperCase()} image is damaged or truncated.`);
  }
  const pixels = new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.width * image.height * 4);
  const found = jsQR(pixels, image.width, image.height);
  if (found === null || found.data === '') {
    throw new DeskIdError(
      'no_qr_code',
      'No QR code was found in the image. Try a sharper or closer picture of the code.',
    );
  }
  return found.data;
}
