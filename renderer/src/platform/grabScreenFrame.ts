import { blobToBase64 } from '../features/importing/readUpload';
import type { ScreenGrab } from './ScreenGrabber';

/**
 * The browser host's screen grab: one picture of a window or screen the person picks
 * (`getDisplayMedia`: the browser asks which), as PNG base64 for `adding.fromImage`. The
 * capture stops as soon as the frame is drawn, whatever happens.
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
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    video.srcObject = null;
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return png === null ? { problem: 'failed' } : { dataBase64: await blobToBase64(png) };
  } catch {
    return { problem: 'failed' };
  } finally {
    for (const track of stream.getTracks()) track.stop();
  }
}
