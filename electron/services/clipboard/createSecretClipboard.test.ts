import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecretClipboard, type RawClipboard } from './createSecretClipboard';

/** A clipboard that holds one text, as the OS clipboard does, and remembers marked writes. */
function memoryClipboard() {
  const state = { text: '', marked: [] as string[], clears: 0, unreadable: false };
  const raw: RawClipboard = {
    writeSecret(text) {
      state.text = text;
      state.marked.push(text);
      return Promise.resolve();
    },
    readText: () => (state.unreadable ? Promise.reject(new Error('denied')) : Promise.resolve(state.text)),
    clear() {
      state.text = '';
      state.clears++;
    },
  };
  return { raw, state };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSecretClipboard', () => {
  it('writes the code marked as a secret and clears it after the delay when it is still there', async () => {
    const { raw, state } = memoryClipboard();
    await createSecretClipboard(raw).copySecret('123456', 30);
    expect(state).toMatchObject({ text: '123456', marked: ['123456'], clears: 0 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(state.text).toBe('123456');
    await vi.advanceTimersByTimeAsync(1);
    expect(state).toMatchObject({ text: '', clears: 1 });
  });

  it('leaves what the person copied since', async () => {
    const { raw, state } = memoryClipboard();
    await createSecretClipboard(raw).copySecret('123456', 30);
    state.text = 'a note the person copied';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(state).toMatchObject({ text: 'a note the person copied', clears: 0 });
  });

  it('clears a second code at its own time, and the first timer does not touch it', async () => {
    const { raw, state } = memoryClipboard();
    const clipboard = createSecretClipboard(raw);
    await clipboard.copySecret('111111', 30);
    await vi.advanceTimersByTimeAsync(20_000);
    await clipboard.copySecret('222222', 30);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state).toMatchObject({ text: '222222', clears: 0 });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(state).toMatchObject({ text: '', clears: 1 });
  });

  it('empties a clipboard it cannot read, since it may still hold the code', async () => {
    const { raw, state } = memoryClipboard();
    await createSecretClipboard(raw).copySecret('123456', 5);
    state.unreadable = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.clears).toBe(1);
  });

  it('clears now on lock when the clipboard still holds a secret it copied, and its timer is dropped', async () => {
    const { raw, state } = memoryClipboard();
    const clipboard = createSecretClipboard(raw);
    await clipboard.copySecret('111111', 30);
    await clipboard.copySecret('recovery-code', 600);
    await clipboard.clearNow();
    expect(state).toMatchObject({ text: '', clears: 1 });
    state.text = 'copied after the lock';
    await vi.advanceTimersByTimeAsync(600_000);
    expect(state).toMatchObject({ text: 'copied after the lock', clears: 1 });
  });

  it('leaves on lock what the person copied since, and does nothing when no secret waits', async () => {
    const { raw, state } = memoryClipboard();
    const clipboard = createSecretClipboard(raw);
    await clipboard.clearNow();
    await clipboard.copySecret('123456', 30);
    state.text = 'a note the person copied';
    await clipboard.clearNow();
    expect(state).toMatchObject({ text: 'a note the person copied', clears: 0 });
  });

  it('empties on lock a clipboard it cannot read while a secret waits', async () => {
    const { raw, state } = memoryClipboard();
    const clipboard = createSecretClipboard(raw);
    await clipboard.copySecret('123456', 30);
    state.unreadable = true;
    await clipboard.clearNow();
    expect(state.clears).toBe(1);
  });
});
