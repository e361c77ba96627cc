import { maxImageBytes } from '../../../electron/contract/fileLimits';
import { blobToBase64 } from '../features/importing/readUpload';
import type { ScreenGrab } from './ScreenGrabber';

/**
 * The most pixels a frame sent has: 1920×1200 (2.3 megapixels). A large screen is scaled
 * down to it, keeping its shape, so a 16:9 frame is 2023×1138 and its long side stays over
 * 1920 pixels; a 32:9 ultrawide keeps 2862×804 rather than 1920×540. A QR code a page
 * shows 200 CSS pixels wide on a 4K or 5K screen (150 % or 200 % scaling) or an ultrawide
 * still reads at this size (test/unit/screenGrabQr.test.ts); a full 5K frame would be 14.7
 * megapixels, and its PNG could pass {@link maxImageBytes} (the person would get
 * `payload_too_large`).
 */
export const maxFramePixels = 1920 * 1200;

/**
 * The PNG size past which the frame is sent as JPEG instead (half the picture limit). A
 * screen of text and flat colours is well under it; a frame full of photos can pass it
 * (the worst PNG of 2.3 megapixels is 9.2 MB). The JPEG of such a frame is a few MB, and
 * its QR code still reads (quality 0.92).
 */
const pngBudgetBytes = maxImageBytes / 2;
const jpegQuality = 0.92;

/** The size a `width`×`height` frame is drawn at: scaled down (never up) to at most {@link maxFramePixels}, keeping its shape. */
export function frameSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, Math.sqrt(maxFramePixels / Math.max(width * height, 1)));
  // The epsilon keeps an exact fit (2880×1800 to 1920×1200) from rounding one pixel short.
  const fit = (side: number) => Math.max(1, Math.floor(side * scale + 1e-9));
  return { width: fit(width), height: fit(height) };
}

/**
 * The browser host's screen grab: one picture of a window or screen the person picks
 * (`getDisplayMedia`: the browser asks which), scaled to {@link frameSize}, as PNG (JPEG
 * when the PNG would be over half the picture limit) base64 for `adding.fromImage`. A
 * picture still over the limit is never sent (`failed`). The host's decoder keeps its own
 * checks. The capture stops as soon as the frame is drawn, whatever happens.
 */
export async function grabScreenFrame(): Promise<ScreenGrab> {
  const media = (navigator as Partial<Navigator>).mediaDevices;
  if (media?.getDisplayMedia === undefined) return { problem: 'unavailable' };
  let stream: MediaStream;
  try {
    stream = await media.getDisplayMedia({ video: true, audio: false });
  } catch (failure) {
    return { problem: failure instanceof DOMException && failure.name === 'NotAllowedError' ? 'cancelled' : 'failed' };
  }
  try {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    const { width, height } = frameSize(video.videoWidth, video.videoHeight);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (context === null) return { problem: 'failed' };
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(video, 0, 0, width, height);
    video.srcObject = null;
    let picture = await encode(canvas, 'image/png');
    if (picture !== null && picture.size > pngBudgetBytes) picture = await encode(canvas, 'image/jpeg', jpegQuality);
    if (picture === null || picture.size > maxImageBytes) return { problem: 'failed' };
    return { dataBase64: await blobToBase64(picture) };
  } catch {
    return { problem: 'failed' };
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}

function encode(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}
