import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialogWordsFor } from './dialogStrings';
import { saveWithDialog, type SaveDialog, type SaveDialogOptions } from './saveWithDialog';

/** A save dialog that answers as the person would, and remembers what it was asked and over which window. */
function fakeDialog(answer: { canceled: boolean; filePath: string }) {
  const asked: SaveDialogOptions[] = [];
  const parents: (string | undefined)[] = [];
  const dialog: SaveDialog<string> = {
    showSaveDialog(window, options) {
      parents.push(window);
      asked.push(options);
      return Promise.resolve(answer);
    },
  };
  return { dialog, asked, parents };
}

const mainWindow = () => 'the main window';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saveWithDialog (Electron)', () => {
  it('writes the text where the person chose, readable by their account only', async () => {
    const chosen = path.join(dir, 'my code.txt');
    const { dialog, asked, parents } = fakeDialog({ canceled: false, filePath: chosen });
    const answer = await saveWithDialog(dialog, { defaultDir: '/home/pat/Documents', parent: mainWindow })({
      suggestedName: 'DeskID recovery code.txt',
      text: 'Recovery code: 1234 5678 9012 3452\n',
    });
    expect(answer).toEqual({ savedAs: 'file', fileName: 'my code.txt' });
    expect(await readFile(chosen, 'utf8')).toBe('Recovery code: 1234 5678 9012 3452\n');
    expect((await stat(chosen)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['my code.txt']);
    expect(parents).toEqual(['the main window']);
    expect(asked).toEqual([
      {
        title: 'Save',
        defaultPath: path.join('/home/pat/Documents', 'DeskID recovery code.txt'),
        filters: [{ name: 'Text file', extensions: ['txt'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      },
    ]);
  });

  it('replaces a file the person chose to overwrite, and makes it owner-only', async () => {
    const chosen = path.join(dir, 'code.html');
    await writeFile(chosen, 'old');
    await chmod(chosen, 0o644);
    const { dialog, asked } = fakeDialog({ canceled: false, filePath: chosen });
    await saveWithDialog(dialog, { defaultDir: dir, parent: mainWindow })({
      suggestedName: 'code.html',
      text: '<p>new</p>',
    });
    expect(await readFile(chosen, 'utf8')).toBe('<p>new</p>');
    expect((await stat(chosen)).mode & 0o777).toBe(0o600);
    expect(asked[0]?.filters).toEqual([{ name: 'Web page (printable)', extensions: ['html'] }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const answer = await saveWithDialog(dialog, { defaultDir: dir, parent: mainWindow })({
      suggestedName: 'code.txt',
      text: 'x',
    });
    expect(answer).toEqual({ savedAs: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('suggests the recovery-code file by its name, with what Windows refuses in a username made safe', async () => {
    const { dialog, asked } = fakeDialog({ canceled: true, filePath: '' });
    const save = saveWithDialog(dialog, { defaultDir: dir, parent: mainWindow });
    await save({ suggestedName: 'DeskID-recovery-code-pat.lee-2026-12-03.txt', text: 'x' });
    await save({ suggestedName: 'DeskID-recovery-code-CLINIC\\pat:1?-2026-12-03.txt', text: 'x' });
    expect(asked.map((options) => options.defaultPath)).toEqual([
      path.join(dir, 'DeskID-recovery-code-pat.lee-2026-12-03.txt'),
      path.join(dir, 'DeskID-recovery-code-CLINIC-pat-1--2026-12-03.txt'),
    ]);
    expect(asked[0]?.filters).toEqual([{ name: 'Text file', extensions: ['txt'] }]);
  });

  it('keeps a suggested name inside the default folder', async () => {
    const { dialog, asked } = fakeDialog({ canceled: true, filePath: '' });
    await saveWithDialog(dialog, { defaultDir: dir, parent: mainWindow })({
      suggestedName: '../../etc/code.txt',
      text: 'x',
    });
    expect(asked[0]?.defaultPath).toBe(path.join(dir, 'code.txt'));
  });

  it('speaks the person’s language (Spanish by setting, or by the OS locale on "system"), modal to the main window', async () => {
    const { dialog, asked, parents } = fakeDialog({ canceled: true, filePath: '' });
    for (const [language, locale] of [
      ['es', 'en-US'],
      ['system', 'es-MX'],
      ['system', 'de-DE'],
    ] as const) {
      const save = saveWithDialog(dialog, {
        defaultDir: dir,
        parent: mainWindow,
        words: () => Promise.resolve(dialogWordsFor(language, locale)),
      });
      await save({ suggestedName: 'copia.json', text: '{}' });
    }
    expect(asked.map((options) => [options.title, options.filters?.[0]?.name])).toEqual([
      ['Guardar', 'Copia de seguridad de DeskID'],
      ['Guardar', 'Copia de seguridad de DeskID'],
      ['Save', 'DeskID backup'],
    ]);
    expect(parents).toEqual(['the main window', 'the main window', 'the main window']);
  });

  it('opens without a parent while there is no main window', async () => {
    const { dialog, parents } = fakeDialog({ canceled: true, filePath: '' });
    await saveWithDialog(dialog, { defaultDir: dir, parent: () => undefined })({ suggestedName: 'a.txt', text: 'x' });
    expect(parents).toEqual([undefined]);
  });
});
