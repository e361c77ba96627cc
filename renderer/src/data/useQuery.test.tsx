import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdLoadsUntilFirstPaint } from './firstPaint';
import { queryCache } from './queryCache';
import { useQuery } from './useQuery';

/** Shows one person's answer under one key, as a screen of the first frame would. */
function Probe({ person, load }: { person: string; load: (person: string) => Promise<string> }) {
  const { data, loading } = useQuery('probe', () => load(person));
  return <p>{loading ? 'loading' : data}</p>;
}

/** The hold's 100 ms run out (no frame comes in a test): held loads start, and their answers land. */
const releaseHold = () => act(() => vi.advanceTimersByTimeAsync(100));

describe('a load held while the first frame is made', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    holdLoadsUntilFirstPaint();
  });
  afterEach(async () => {
    await releaseHold();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts once the hold ends', async () => {
    const load = vi.fn((person: string) => Promise.resolve(`${person}'s answer`));
    render(<Probe person="Ana" load={load} />);
    expect(load).not.toHaveBeenCalled();
    await releaseHold();
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByText("Ana's answer")).toBeTruthy();
  });

  it('is dropped when its screen went away meanwhile', async () => {
    const load = vi.fn((person: string) => Promise.resolve(`${person}'s answer`));
    const { unmount } = render(<Probe person="Ana" load={load} />);
    unmount();
    await releaseHold();
    expect(load).not.toHaveBeenCalled();
    expect(queryCache.get('probe')).toBeUndefined();
  });

  it('is dropped when the store was cleared meanwhile (lock, switch person): the next person’s is asked', async () => {
    const load = vi.fn((person: string) => Promise.resolve(`${person}'s answer`));
    const { rerender } = render(<Probe person="Ana" load={load} />);
    // As the app does: the store cleared, and the next person's screen, in one update.
    act(() => {
      queryCache.clear();
      rerender(<Probe person="Ben" load={load} />);
    });
    await releaseHold();
    expect(load.mock.calls).toEqual([['Ben']]);
    expect(screen.getByText("Ben's answer")).toBeTruthy();
  });

  it('is asked again after a clear, so its screen does not stay loading', async () => {
    const load = vi.fn((person: string) => Promise.resolve(`${person}'s answer`));
    render(<Probe person="Ana" load={load} />);
    act(() => queryCache.clear());
    await releaseHold();
    expect(load).toHaveBeenCalledOnce();
    expect(screen.getByText("Ana's answer")).toBeTruthy();
  });

  it('is not held when asked with beforeFirstPaint (the theme)', () => {
    const load = vi.fn(() => Promise.resolve('dark'));
    function Theme() {
      useQuery('theme', load, { beforeFirstPaint: true });
      return null;
    }
    render(<Theme />);
    expect(load).toHaveBeenCalledOnce();
  });
});

describe('a load that waits for another (enabled)', () => {
  function Waiting({ enabled, load }: { enabled: boolean; load: () => Promise<string> }) {
    const { data, loading } = useQuery('waiting', load, { enabled });
    return <p>{loading ? 'loading' : data}</p>;
  }

  it('is not asked while disabled, then in a task after the commit that enabled it', async () => {
    const load = vi.fn(() => Promise.resolve('the policy'));
    const { rerender } = render(<Waiting enabled={false} load={load} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(load).not.toHaveBeenCalled();
    act(() => rerender(<Waiting enabled load={load} />));
    // The commit that turned it on (the codes shown) is over before the load is asked.
    expect(load).not.toHaveBeenCalled();
    expect(await screen.findByText('the policy')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });

  it('is asked at once when enabled from the start', () => {
    const load = vi.fn(() => Promise.resolve('the policy'));
    render(<Waiting enabled load={load} />);
    expect(load).toHaveBeenCalledOnce();
  });
});
