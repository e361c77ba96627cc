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

const fileKinds: Readonly<Record<string, string>> = { '.txt': 'Text file', '.html': 'Web page (printable)' };

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
      defaultPath: path.join(defaultDir, path.basename(suggestedName)),
      ...(kind === undefined ? {} : { filters: [{ name: kind, extensions: [extension.slice(1)] }] }),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return { savedAs: 'cancelled' };
    await writeFileAtomic(filePath, text, { mode: 0o600 });
    return { savedAs: 'file', fileName: path.basename(filePath) };
  };
}
