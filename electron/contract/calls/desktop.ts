import { z } from 'zod';
import { maxImageBytes } from './adding';
import { bodyLimits, fileUpload } from './bodyLimits';
import { noInput } from './noInput';

const screenFrame = fileUpload(maxImageBytes).dataBase64;

/**
 * What only a desktop host does for the page: the clipboard with the markers that keep a
 * secret out of clipboard history, a picture of the screen, and printing. In the browser
 * host the page does each itself (`navigator.clipboard`, `getDisplayMedia`,
 * `window.print`), so these answer `'page'` there; the renderer picks its implementation
 * at start (`renderer/src/platform/`) and only calls them in Electron.
 */
export const desktopCalls = {
  /**
   * A recovery code or setup key the page shows, put on the clipboard marked as a secret
   * and taken off after `clearAfterSeconds` if it is still there. (Authenticator codes go
   * through `codes.copy`: the host reads the code itself.)
   */
  'desktop.copySecret': {
    input: z.object({ text: z.string().min(1).max(256), clearAfterSeconds: z.number().int().min(1).max(600) }).strict(),
    output: z.object({ copiedBy: z.enum(['host', 'page']), clearAfterSeconds: z.number().int() }).strict(),
    maxBodyBytes: bodyLimits.secretText,
  },
  /**
   * One picture of the screen, the first screen showing a QR code, for `adding.fromImage`.
   * `no_qr_code` when no screen shows one (no picture is sent: a screenshot of other
   * windows never crosses the bridge); `unavailable` where the host cannot capture.
   */
  'desktop.grabScreen': {
    input: noInput,
    output: z.union([
      z.object({ dataBase64: screenFrame }).strict(),
      z.object({ problem: z.enum(['unavailable', 'failed', 'no_qr_code']) }).strict(),
    ]),
  },
  /** Prints the page as it is (its print styles show the printable version). */
  'desktop.print': {
    input: noInput,
    output: z.object({ printedBy: z.enum(['host', 'page']), printed: z.boolean() }).strict(),
  },
} as const;
