import path from 'node:path';
import type { FileSaver } from '../services/app/AppContext';
import { writeFileAtomic } from '../services/vault/writeFileAtomic';

/** The part of Electron's `dialog` this uses (a small fake stands in for it in tests). */
export interface SaveDialog {
  showSaveDialog(options: {
    title?: string;
    defaultPath?: string;
    filters?: { name: string; extensions: string[] }[];
    properties?: ('createDirectory' | 'showOverwriteConfirmation')[];
  }): Promise<{ canceled: boolean; filePath: string }>;
}

export interface SaveWithDialogOptions {
  /** The folder the dialog opens in, e.g. `app.getPath('documents')`. */
  defaultDir: string;
}

const fileKinds: Readonly<Record<string, string>> = {
  '.txt': 'Text file',
  '.html': 'Web page (printable)',
  '.json': 'DeskID backup',
};

/**
 * The suggested name as a file name every OS accepts: no folder part (after the last `/`),
 * and the characters Windows refuses (`<>:"\|?*`, controls) become `-`, so a username
 * like `CLINIC\pat` stays in the name.
 */
export function safeFileName(suggestedName: string): string {
  const name = suggestedName.slice(suggestedName.lastIndexOf('/') + 1);
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const safe = name.replace(/[<>:"\\|?*\u0000-\u001f]/g, '-');
  return safe === '.' || safe === '..' || safe === '' ? 'DeskID file' : safe;
}

/**
 * Electron's file saver: the person picks the place in the OS save dialog, and the text is
 * written there atomically, readable by their OS account only (0600). Cancelling writes
 * nothing. The answer names the file, not its folder.
 */
export function saveWithDialog(dialog: SaveDialog, { defaultDir }: SaveWithDialogOptions): FileSaver {
  return async ({ suggestedName, text }) => {
    const extension = path.extname(suggestedName).toLowerCase();
    const kind = fileKinds[extension];
    const { canceled, filePath } = await dialog.showSaveDialog({
      title: 'Save',
      defaultPath: path.join(defaultDir, safeFileName(suggestedName)),
      ...(kind === undefined ? {} : { filters: [{ name: kind, extensions: [extension.slice(1)] }] }),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return { savedAs: 'cancelled' };
    await writeFileAtomic(filePath, text, { mode: 0o600 });
    return { savedAs: 'file', fileName: path.basename(filePath) };
  };
}
