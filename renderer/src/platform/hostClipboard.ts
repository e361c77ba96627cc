import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { pageClipboard } from './pageClipboard';
import type { SecretClipboard } from './SecretClipboard';

/** Electron's clipboard: the main process writes the secret with its markers and clears it. */
export function hostClipboard(bridge: GroupedBridge): SecretClipboard {
  return {
    async copy(text, clearAfterSeconds) {
      const answer = await bridge.desktop.copySecret({ text, clearAfterSeconds });
      // A host without a clipboard of its own hands the copy back to the page.
      return answer.copiedBy === 'host' ? { copied: true } : pageClipboard.copy(text, clearAfterSeconds);
    },
  };
}
