import type { Clipboard, ClipboardItem } from 'electron';
import type { RawClipboard } from '../services/clipboard/createSecretClipboard';

/** A raw OS clipboard format, as Electron's `clipboard.write` names it. */
const osFormat = (name: string) => `electron application/osclipboard;format="${name}"`;

/** A DWORD 0, as Windows reads `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard`. */
const dwordZero = () => new Blob([new Uint8Array(4)]);

/**
 * The formats written beside the text that tell the OS and clipboard managers it is a
 * secret: Windows keeps it out of clipboard history, cloud clipboard and monitors; macOS
 * managers honour nspasteboard.org's concealed type; KDE's Klipper (and CopyQ) the
 * password-manager hint.
 */
export function secretMarkers(platform: NodeJS.Platform): Record<string, string | Blob> {
  switch (platform) {
    case 'win32':
      return {
        [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: dwordZero(),
        [osFormat('CanIncludeInClipboardHistory')]: dwordZero(),
        [osFormat('CanUploadToCloudClipboard')]: dwordZero(),
      };
    case 'darwin':
      return { [osFormat('org.nspasteboard.ConcealedType')]: '' };
    default:
      return { [osFormat('x-kde-passwordManagerHint')]: 'secret' };
  }
}

/** The parts of Electron this uses: `clipboard` and the `ClipboardItem` class. */
export interface ElectronClipboard {
  clipboard: Pick<Clipboard, 'write' | 'readText' | 'clear'>;
  ClipboardItem: new (items: Record<string, string | Blob>) => ClipboardItem;
}

/**
 * Electron's clipboard as the services' secret clipboard needs it: the text and its
 * markers in one atomic `clipboard.write`, so nothing sees the text without them.
 */
export function markedClipboard(
  { clipboard, ClipboardItem: Item }: ElectronClipboard,
  platform: NodeJS.Platform = process.platform,
): RawClipboard {
  return {
    writeSecret: (text) => clipboard.write([new Item({ 'text/plain': text, ...secretMarkers(platform) })]),
    readText: () => clipboard.readText(),
    clear: () => clipboard.clear(),
  };
}
