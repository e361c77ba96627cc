import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveWithDialog, type SaveDialog } from './saveWithDialog';

/** A save dialog that answers as the person would, and remembers what it was asked. */
function fakeDialog(answer: { canceled: boolean; filePath: string }) {
  const asked: Parameters<SaveDialog['showSaveDialog']>[0][] = [];
  const dialog: SaveDialog = {
    showSaveDialog(options) {
      asked.push(options);
      return Promise.resolve(answer);
    },
  };
  return { dialog, asked };
}

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
    const { dialog, asked } = fakeDialog({ canceled: false, filePath: chosen });
    const answer = await saveWithDialog(dialog, { defaultDir: '/home/pat/Documents' })({
      suggestedName: 'DeskID recovery code.txt',
      text: 'Recovery code: 1234 5678 9012 3452\n',
    });
    expect(answer).toEqual({ savedAs: 'file', fileName: 'my code.txt' });
    expect(await readFile(chosen, 'utf8')).toBe('Recovery code: 1234 5678 9012 3452\n');
    expect((await stat(chosen)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['my code.txt']);
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
    await saveWithDialog(dialog, { defaultDir: dir })({ suggestedName: 'code.html', text: '<p>new</p>' });
    expect(await readFile(chosen, 'utf8')).toBe('<p>new</p>');
    expect((await stat(chosen)).mode & 0o777).toBe(0o600);
    expect(asked[0]?.filters).toEqual([{ name: 'Web page (printable)', extensions: ['html'] }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' });
    const answer = await saveWithDialog(dialog, { defaultDir: dir })({ suggestedName: 'code.txt', text: 'x' });
    expect(answer).toEqual({ savedAs: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('suggests the recovery-code file by its name, with what Windows refuses in a username made safe', async () => {
    const { dialog, asked } = fakeDialog({ canceled: true, filePath: '' });
    const save = saveWithDialog(dialog, { defaultDir: dir });
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
    await saveWithDialog(dialog, { defaultDir: dir })({ suggestedName: '../../etc/code.txt', text: 'x' });
    expect(asked[0]?.defaultPath).toBe(path.join(dir, 'code.txt'));
  });
});
