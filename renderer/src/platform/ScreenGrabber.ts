/**
 * Why no picture came: the person shared nothing, the host cannot capture, capture failed,
 * or (Electron) no screen shows a QR code, so no picture is sent at all.
 */
export type GrabProblem = 'cancelled' | 'unavailable' | 'failed' | 'no_qr_code';

/** A picture of the screen (PNG or JPEG, base64) for `adding.fromImage`, or why there is none. */
export type ScreenGrab = { dataBase64: string } | { problem: GrabProblem };

/**
 * "Scan the screen for a QR code": one picture of the screen. Two implementations, chosen
 * at start by the host: the page asks the browser (`getDisplayMedia`, browser host:
 * `grabScreenFrame`), or the host captures the screens itself (`desktop.grabScreen`,
 * Electron's `desktopCapturer`: the screen showing a QR code is the one sent).
 */
export interface ScreenGrabber {
  grab(): Promise<ScreenGrab>;
}
