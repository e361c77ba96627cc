import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxImageBytes } from '../../../electron/contract/fileLimits';
import { frameSize, grabScreenFrame, maxFramePixels } from './grabScreenFrame';

describe('frameSize', () => {
  it('scales a large screen down to 1920×1200 pixels of area, keeping its shape', () => {
    expect(frameSize(5120, 2880)).toEqual({ width: 2023, height: 1138 });
    expect(frameSize(3840, 2160)).toEqual({ width: 2023, height: 1138 });
    expect(frameSize(2880, 1800)).toEqual({ width: 1920, height: 1200 });
    expect(frameSize(1440, 2560)).toEqual({ width: 1138, height: 2023 });
    expect(frameSize(5120, 1440)).toEqual({ width: 2862, height: 804 });
    for (const [width, height] of [
      [5120, 2880],
      [7680, 4320],
      [3440, 1440],
      [2048, 2048],
    ]) {
      const size = frameSize(width!, height!);
      expect(size.width * size.height).toBeLessThanOrEqual(maxFramePixels);
      expect(size.width * size.height).toBeGreaterThan(maxFramePixels * 0.998);
    }
  });

  it('leaves a screen of 2.3 megapixels or less as it is, and never makes a side 0', () => {
    expect(frameSize(1920, 1200)).toEqual({ width: 1920, height: 1200 });
    expect(frameSize(1366, 768)).toEqual({ width: 1366, height: 768 });
    expect(frameSize(100_000_000, 1).height).toBe(1);
    expect(frameSize(0, 0)).toEqual({ width: 1, height: 1 });
  });
});

/** A fake capture of a `width`×`height` screen; the canvas answers blobs of the given sizes by type. */
function fakeCapture(width: number, height: number, blobBytes: { png: number; jpeg?: number }) {
  const drawn: unknown[][] = [];
  const encoded: { type: string; quality: unknown }[] = [];
  const stopped: string[] = [];
  const context = {
    imageSmoothingEnabled: false,
    imageSmoothingQuality: 'low',
    drawImage: (...args: unknown[]) => drawn.push(args),
  };
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => context,
    toBlob: (done: (blob: Blob | null) => void, type: string, quality?: number) => {
      encoded.push({ type, quality });
      const size = type === 'image/png' ? blobBytes.png : (blobBytes.jpeg ?? 0);
      done(new Blob([new Uint8Array(size)], { type }));
    },
  };
  const video = {
    muted: false,
    srcObject: null as unknown,
    videoWidth: width,
    videoHeight: height,
    play: () => Promise.resolve(),
  };
  // grabScreenFrame makes only these two elements.
  vi.spyOn(document, 'createElement').mockImplementation(
    (tag: string) => (tag === 'canvas' ? canvas : video) as unknown as HTMLElement,
  );
  const stream = { getTracks: () => [{ stop: () => stopped.push('video') }] };
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getDisplayMedia: () => Promise.resolve(stream) },
  });
  return { canvas, context, video, drawn, encoded, stopped };
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

describe('grabScreenFrame', () => {
  it('draws a 5K screen at 2023×1138, smoothed, and sends it as PNG', async () => {
    const capture = fakeCapture(5120, 2880, { png: 1_500_000 });
    const grab = await grabScreenFrame();
    expect(capture.canvas).toMatchObject({ width: 2023, height: 1138 });
    expect(capture.drawn).toEqual([[capture.video, 0, 0, 2023, 1138]]);
    expect(capture.context).toMatchObject({ imageSmoothingEnabled: true, imageSmoothingQuality: 'high' });
    expect(capture.encoded).toEqual([{ type: 'image/png', quality: undefined }]);
    expect('dataBase64' in grab && grab.dataBase64.length).toBe(Math.ceil(1_500_000 / 3) * 4);
    expect(capture.stopped).toEqual(['video']);
  });

  it('sends JPEG when the PNG would pass half the picture limit', async () => {
    const capture = fakeCapture(3840, 2160, { png: maxImageBytes / 2 + 1, jpeg: 900_000 });
    const grab = await grabScreenFrame();
    expect(capture.encoded.map((each) => each.type)).toEqual(['image/png', 'image/jpeg']);
    expect('dataBase64' in grab && grab.dataBase64.length).toBe(Math.ceil(900_000 / 3) * 4);
  });

  it('sends nothing over the picture limit: the capture failed, never payload_too_large', async () => {
    const capture = fakeCapture(1920, 1080, { png: maxImageBytes + 1, jpeg: maxImageBytes + 1 });
    await expect(grabScreenFrame()).resolves.toEqual({ problem: 'failed' });
    expect(capture.stopped).toEqual(['video']);
  });

  it('answers unavailable where the browser cannot capture', async () => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: {} });
    await expect(grabScreenFrame()).resolves.toEqual({ problem: 'unavailable' });
  });
});
