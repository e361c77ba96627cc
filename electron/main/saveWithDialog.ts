import path from 'node:path';
import type { FileSaver } from '../services/app/AppContext';
import { writeFileAtomic } from '../services/vault/writeFileAtomic';
import { dialogStrings, type DialogWords } from './dialogStrings';

/** What the save dialog is asked to show. */
export interface SaveDialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
  properties?: ('createDirectory' | 'showOverwriteConfirmation')[];
}

/**
 * The part of Electron's `dialog` this uses (a small fake stands in for it in tests):
 * `showSaveDialog(window, options)`, modal to the window, or without one while there is none.
 */
export interface SaveDialog<Window> {
  showSaveDialog(
    window: Window | undefined,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath: string }>;
}

export interface SaveWithDialogOptions<Window> {
  /** The folder the dialog opens in, e.g. `app.getPath('documents')`. */
  defaultDir: string;
  /** The main window, the dialog's parent (modal, a sheet on macOS; focus returns to it). */
  parent: () => Window | undefined;
  /** The dialog's words in the person's language (`dialogWordsFor`); English when absent. */
  words?: () => Promise<DialogWords>;
}

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
 * Electron's file saver: the person picks the place in the OS save dialog (modal to the
 * main window, in their language), and the text is
 * written there atomically, readable by their OS account only (0600). Cancelling writes
 * nothing. The answer names the file, not its folder.
 */
export function saveWithDialog<Window>(
  dialog: SaveDialog<Window>,
  { defaultDir, parent, words = () => Promise.resolve(dialogStrings.en) }: SaveWithDialogOptions<Window>,
): FileSaver {
  return async ({ suggestedName, text }) => {
    const extension = path.extname(suggestedName).toLowerCase();
    const said = await words();
    const kind = (said.fileKinds as Readonly<Record<string, string>>)[extension];
    const { canceled, filePath } = await dialog.showSaveDialog(parent(), {
      title: said.save,
      defaultPath: path.join(defaultDir, safeFileName(suggestedName)),
      ...(kind === undefined ? {} : { filters: [{ name: kind, extensions: [extension.slice(1)] }] }),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (canceled || filePath === '') return { savedAs: 'cancelled' };
    await writeFileAtomic(filePath, text, { mode: 0o600 });
    return { savedAs: 'file', fileName: path.basename(filePath) };
  };
}
