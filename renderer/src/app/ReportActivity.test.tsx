import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/renderWithApp';
import { ReportActivity, reportEveryMs } from './ReportActivity';

function reporting() {
  const reports: number[] = [];
  const listeners = new Map<string, () => void>();
  const view = renderWithApp(<ReportActivity />, {
    app: { activity: () => Promise.resolve(void reports.push(Date.now())).then(() => ({ done: true as const })) },
    on: (name: string, listener: () => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    },
  });
  const hear = (name: string) => listeners.get(name)?.();
  return { reports, view, hear };
}

describe('telling the host a person is using the window', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('counts typing, clicks, the wheel and the pointer moving', () => {
    for (const fire of [
      () => fireEvent.keyDown(window, { key: '4' }),
      () => fireEvent.pointerDown(window),
      () => fireEvent.wheel(window),
      () => fireEvent.pointerMove(window),
    ]) {
      const { reports, view } = reporting();
      fire();
      expect(reports).toHaveLength(1);
      view.unmount();
    }
  });

  it('reports at once, then once per span, and what was typed in between at the end of the span', () => {
    const { reports } = reporting();
    fireEvent.keyDown(window, { key: '1' });
    expect(reports).toEqual([1_000_000]);
    // Typing on: nothing is sent within the span...
    vi.advanceTimersByTime(3_000);
    fireEvent.keyDown(window, { key: '2' });
    vi.advanceTimersByTime(4_000);
    fireEvent.keyDown(window, { key: '3' });
    expect(reports).toHaveLength(1);
    // ...and the use in it is sent once the span is over, so the count starts after it.
    vi.advanceTimersByTime(reportEveryMs - 7_000);
    expect(reports).toEqual([1_000_000, 1_000_000 + reportEveryMs]);
    // Nothing more was done: nothing more is sent.
    vi.advanceTimersByTime(5 * reportEveryMs);
    expect(reports).toHaveLength(2);
  });

  it('drops use still waiting to be reported when the app locks: it came before the lock', () => {
    const { reports, hear } = reporting();
    fireEvent.keyDown(window, { key: '1' });
    fireEvent.keyDown(window, { key: '2' });
    hear('app.locked');
    vi.advanceTimersByTime(5 * reportEveryMs);
    expect(reports).toEqual([1_000_000]);
    // Use after the lock is reported at once.
    fireEvent.keyDown(window, { key: '3' });
    expect(reports).toEqual([1_000_000, 1_000_000 + 5 * reportEveryMs]);
  });

  it('stops listening when the app goes', () => {
    const { reports, view } = reporting();
    fireEvent.keyDown(window, { key: '1' });
    fireEvent.keyDown(window, { key: '2' });
    view.unmount();
    vi.advanceTimersByTime(reportEveryMs);
    fireEvent.keyDown(window, { key: '3' });
    expect(reports).toHaveLength(1);
  });
});
