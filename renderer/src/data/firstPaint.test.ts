import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its hold is module state. */
const freshModule = async () => {
  vi.resetModules();
  return import('./firstPaint');
};

describe('loads held until the first frame is painted', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts a load at once when nothing holds it (every screen after the first, and tests)', async () => {
    const { afterFirstPaint } = await freshModule();
    const started = vi.fn();
    afterFirstPaint(started);
    expect(started).toHaveBeenCalledOnce();
  });

  it('holds loads until the task after the first frame, then starts the later ones at once', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { afterFirstPaint, holdLoadsUntilFirstPaint } = await freshModule();
    holdLoadsUntilFirstPaint();
    const first = vi.fn();
    afterFirstPaint(first);
    await vi.advanceTimersByTimeAsync(0);
    expect(first).not.toHaveBeenCalled();
    // The frame's callback runs; the load starts in the task queued from it.
    for (const callback of frames) callback(performance.now());
    expect(first).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toHaveBeenCalledOnce();
    const later = vi.fn();
    afterFirstPaint(later);
    expect(later).toHaveBeenCalledOnce();
  });

  it('does not hold a load for ever when no frame comes (a window made hidden)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { afterFirstPaint, holdLoadsUntilFirstPaint } = await freshModule();
    holdLoadsUntilFirstPaint();
    const started = vi.fn();
    afterFirstPaint(started);
    await vi.advanceTimersByTimeAsync(99);
    expect(started).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toHaveBeenCalledOnce();
  });
});
