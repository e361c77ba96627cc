import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClipboard, FakeClipboardItem } from '../../test/fixtures/fakeElectron';
import { createSecretClipboard } from '../services/clipboard/createSecretClipboard';
import { markedClipboard, type ElectronClipboard } from './markedClipboard';

const marker = (name: string) => `electron application/osclipboard;format="${name}"`;

function setUp(platform: NodeJS.Platform) {
  const clipboard = new FakeClipboard();
  const raw = markedClipboard(
    {
      clipboard: clipboard as unknown as ElectronClipboard['clipboard'],
      ClipboardItem: FakeClipboardItem as unknown as ElectronClipboard['ClipboardItem'],
    },
    platform,
  );
  return { clipboard, secret: createSecretClipboard(raw) };
}

async function bytesOf(value: unknown): Promise<number[]> {
  return [...new Uint8Array(await (value as Blob).arrayBuffer())];
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('markedClipboard (Electron)', () => {
  it('writes the code with the Windows markers in one entry: history and cloud clipboard excluded (DWORD 0)', async () => {
    const { clipboard, secret } = setUp('win32');
    await secret.copySecret('123456', 30);
    expect(Object.keys(clipboard.entry).sort()).toEqual(
      [
        'text/plain',
        marker('CanIncludeInClipboardHistory'),
        marker('CanUploadToCloudClipboard'),
        marker('ExcludeClipboardContentFromMonitorProcessing'),
      ].sort(),
    );
    expect(clipboard.entry['text/plain']).toBe('123456');
    expect(await bytesOf(clipboard.entry[marker('CanIncludeInClipboardHistory')])).toEqual([0, 0, 0, 0]);
    expect(await bytesOf(clipboard.entry[marker('CanUploadToCloudClipboard')])).toEqual([0, 0, 0, 0]);
  });

  it('marks it concealed on macOS and as a password-manager secret for KDE', async () => {
    const mac = setUp('darwin');
    await mac.secret.copySecret('123456', 30);
    expect(mac.clipboard.entry).toEqual({ 'text/plain': '123456', [marker('org.nspasteboard.ConcealedType')]: '' });
    const linux = setUp('linux');
    await linux.secret.copySecret('123456', 30);
    expect(linux.clipboard.entry).toEqual({ 'text/plain': '123456', [marker('x-kde-passwordManagerHint')]: 'secret' });
  });

  it('clears the clipboard after the delay only while it still holds that code', async () => {
    const { clipboard, secret } = setUp('linux');
    await secret.copySecret('123456', 30);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.entry).toEqual({});
    expect(clipboard.clears).toBe(1);

    await secret.copySecret('654321', 30);
    await clipboard.writeText('copied from another app');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.entry).toEqual({ 'text/plain': 'copied from another app' });
    expect(clipboard.clears).toBe(1);
  });
});
