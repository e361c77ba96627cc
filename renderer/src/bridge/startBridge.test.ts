import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryCache } from '../data/queryCache';
import { settingsKey } from '../data/settingsQuery';
import { accountKey } from '../data/accountQuery';
import { startAnswered } from './startBridge';

/** Starts a load of `key` that ends when the returned function is called. */
function pending(key: string): (value: unknown) => void {
  let answer: (value: unknown) => void = () => undefined;
  queryCache.load(key, () => new Promise<unknown>((resolve) => (answer = resolve)));
  return (value) => answer(value);
}

describe('waiting for the account and the settings asked at start', () => {
  afterEach(() => {
    queryCache.clear();
    vi.useRealTimers();
  });

  it('resolves at once when nothing was asked (no bridge), and once both answers have come', async () => {
    await startAnswered({ account: 10_000, settings: 10_000 });
    const account = pending(accountKey);
    const settings = pending(settingsKey);
    let done = false;
    const waiting = startAnswered({ account: 10_000, settings: 10_000 }).then(() => (done = true));
    account(null);
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    settings({ language: 'es' });
    await waiting;
    expect(queryCache.get(accountKey)?.value).toBeNull();
    expect(queryCache.get(settingsKey)?.value).toEqual({ language: 'es' });
  });

  it('stops waiting for each answer after its own bound when the host is slow', async () => {
    vi.useFakeTimers();
    queryCache.load(accountKey, () => new Promise(() => undefined));
    const settings = pending(settingsKey);
    let done = false;
    const waiting = startAnswered({ account: 200, settings: 1_000 }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(200);
    // The account's bound is over; the settings (a local file) are still worth waiting for.
    expect(done).toBe(false);
    settings({ language: 'es' });
    await waiting;
    expect(queryCache.get(accountKey)?.loading).toBe(true);
  });

  it('renders without the settings once their bound is over', async () => {
    vi.useFakeTimers();
    queryCache.load(settingsKey, () => new Promise(() => undefined));
    let done = false;
    const waiting = startAnswered({ account: 200, settings: 1_000 }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(queryCache.get(settingsKey)?.loading).toBe(true);
  });
});
