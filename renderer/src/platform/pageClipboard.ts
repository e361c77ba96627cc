import { clearClipboardLater } from '../ui/clearClipboardLater';
import type { SecretClipboard } from './SecretClipboard';

/** The browser host's clipboard: the page writes it and clears it later if it still holds the text. */
export const pageClipboard: SecretClipboard = {
  async copy(text, clearAfterSeconds) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      return { copied: false };
    }
    return { copied: true, cleared: clearClipboardLater(text, clearAfterSeconds) };
  },
};
