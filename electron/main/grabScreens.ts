import type { DesktopCapturer, Display } from 'electron';
import { maxImageBytes } from '../contract/calls/adding';

/** A screen's picture as `desktopCapturer` gives it. */
interface Thumbnail {
  toPNG(): Buffer;
  toJPEG(quality: number): Buffer;
  isEmpty(): boolean;
}

/** The parts of Electron screen capture uses. */
export interface ScreenGlue {
  desktopCapturer: {
    getSources(
      options: Parameters<DesktopCapturer['getSources']>[0],
    ): Promise<{ display_id: string; thumbnail: Thumbnail }[]>;
  };
  /** Every display (`screen.getAllDisplays()`), for the size to capture at. */
  displays(): Pick<Display, 'id' | 'size' | 'scaleFactor'>[];
  /** The display the DeskID window is on, captured first. */
  windowDisplayId(): number | undefined;
}

/**
 * A picture of every screen at its full resolution (`desktopCapturer`), the one the
 * DeskID window is on first. PNG, or JPEG where a PNG would be over what
 * `adding.fromImage` takes. Empty when capture is refused (macOS screen-recording
 * permission) or nothing could be captured.
 */
export async function grabScreens(glue: ScreenGlue): Promise<Uint8Array[]> {
  const displays = glue.displays();
  const width = Math.max(1, ...displays.map((display) => Math.round(display.size.width * display.scaleFactor)));
  const height = Math.max(1, ...displays.map((display) => Math.round(display.size.height * display.scaleFactor)));
  const sources = await glue.desktopCapturer.getSources({ types: ['screen'], thumbnailSize: { width, height } });
  const first = String(glue.windowDisplayId() ?? '');
  const ordered = [...sources].sort((a, b) => Number(b.display_id === first) - Number(a.display_id === first));
  const pictures: Uint8Array[] = [];
  for (const { thumbnail } of ordered) {
    if (thumbnail.isEmpty()) continue;
    const png = thumbnail.toPNG();
    const picture = png.length <= maxImageBytes ? png : thumbnail.toJPEG(90);
    if (picture.length <= maxImageBytes) pictures.push(new Uint8Array(picture));
  }
  return pictures;
}
