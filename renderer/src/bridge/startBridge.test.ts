import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryCache } from '../data/queryCache';
import { accountKey } from '../data/useAccount';
import { accountAnswered } from './startBridge';

describe('waiting for the account asked at start', () => {
  afterEach(() => {
    queryCache.clear();
    vi.useRealTimers();
  });

  it('resolves at once when no account was asked (no bridge), and when the answer comes', async () => {
    await accountAnswered(10_000);
    let answer: (value: null) => void = () => undefined;
    queryCache.load(accountKey, () => new Promise<null>((resolve) => (answer = resolve)));
    let done = false;
    const waiting = accountAnswered(10_000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    answer(null);
    await waiting;
    expect(queryCache.get(accountKey)?.value).toBeNull();
  });

  it('stops waiting after the bound when the host is slow', async () => {
    vi.useFakeTimers();
    queryCache.load(accountKey, () => new Promise(() => undefined));
    const waiting = accountAnswered(200);
    await vi.advanceTimersByTimeAsync(200);
    await waiting;
    expect(queryCache.get(accountKey)?.loading).toBe(true);
  });
});
