import { DeskIdError } from '../../contract/DeskIdError';

/** An image's kind and size, as its header states them. */
export interface ImageDimensions {
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** JPEG start-of-frame markers, which carry the size (not DHT C4, JPG C8 or DAC CC). */
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

const invalid = (message: string): never => {
  throw new DeskIdError('invalid_image', message);
};

function jpegDimensions(bytes: Uint8Array): ImageDimensions {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return invalid('The JPEG file is damaged: a segment marker is missing.');
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers with no length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break; // end of image or start of scan before any frame
    const length = view.getUint16(offset + 2);
    if (startOfFrame.has(marker)) {
      if (offset + 9 > bytes.length) break;
      return { format: 'jpeg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (length < 2) return invalid('The JPEG file is damaged: a segment has a bad length.');
    offset += 2 + length;
  }
  return invalid('The JPEG file is damaged or truncated: it has no image size.');
}

/**
 * Reads the format and size from an image's header, without decoding any pixel, so a
 * huge image can be refused before it takes memory. PNG and JPEG only; anything else, a
 * header cut short, or an interlaced PNG (whose decoding pngjs does not bound) answers
 * `invalid_image`.
 */
export function readImageDimensions(bytes: Uint8Array): ImageDimensions {
  if (pngSignature.every((byte, index) => bytes[index] === byte)) {
    if (bytes.length < 29) return invalid('The PNG file is truncated.');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const chunk = String.fromCharCode(...bytes.subarray(12, 16));
    if (chunk !== 'IHDR') return invalid('The PNG file is damaged: its header chunk is missing.');
    // pngjs inflates an interlaced (Adam7) image with no size limit: a small file could take gigabytes.
    if (bytes[28] !== 0) {
      return invalid(
        'The PNG image is interlaced, which DeskID does not read: save it as a non-interlaced PNG or a JPEG.',
      );
    }
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return jpegDimensions(bytes);
  return invalid('The file is not a PNG or JPEG image.');
}
