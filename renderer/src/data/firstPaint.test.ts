import { render } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its hold is module state. */
const freshModule = async () => {
  vi.resetModules();
  return import('./firstPaint');
};

/** Frames asked for with requestAnimationFrame, run by the test. */
const stubFrames = (): FrameRequestCallback[] => {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  return frames;
};

/** Runs the frames asked for so far, then the promise callbacks they lead to (not the tasks). */
const runFrames = async (frames: FrameRequestCallback[]) => {
  for (const callback of frames.splice(0)) callback(performance.now());
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
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
    const frames = stubFrames();
    const { afterFirstPaint, holdLoadsUntilFirstPaint, startFirstPaintWait } = await freshModule();
    holdLoadsUntilFirstPaint();
    const first = vi.fn();
    afterFirstPaint(first);
    await vi.advanceTimersByTimeAsync(0);
    expect(first).not.toHaveBeenCalled();
    startFirstPaintWait();
    // The frame's callback runs; the load starts in the task queued from it, not before.
    await runFrames(frames);
    expect(first).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toHaveBeenCalledOnce();
    const later = vi.fn();
    afterFirstPaint(later);
    expect(later).toHaveBeenCalledOnce();
  });

  it('waits for a frame only once the first render is committed (a frame before it may be blank)', async () => {
    vi.useFakeTimers();
    const frames = stubFrames();
    const { afterFirstPaint, holdLoadsUntilFirstPaint, StartFirstPaintWait } = await freshModule();
    holdLoadsUntilFirstPaint();
    const started = vi.fn();
    afterFirstPaint(started);
    // A frame before the first commit paints nothing of the app: it releases nothing.
    await runFrames(frames);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).not.toHaveBeenCalled();
    // The first commit (StartFirstPaintWait's layout effect) asks for the frame that paints it.
    render(createElement(StartFirstPaintWait));
    expect(frames).toHaveLength(1);
    await runFrames(frames);
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveBeenCalledOnce();
  });

  it('does not hold a load for ever when no frame comes (a window made hidden)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { afterFirstPaint, holdLoadsUntilFirstPaint, startFirstPaintWait } = await freshModule();
    holdLoadsUntilFirstPaint();
    const started = vi.fn();
    afterFirstPaint(started);
    await vi.advanceTimersByTimeAsync(50);
    startFirstPaintWait();
    // At most 100 ms from the hold's start, not from the commit.
    await vi.advanceTimersByTimeAsync(49);
    expect(started).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toHaveBeenCalledOnce();
  });
});
