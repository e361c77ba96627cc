import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { FakeApp, FakeWindow } from '../../test/fixtures/fakeElectron';
import { bringToFront, claimSingleInstance } from './claimSingleInstance';

describe('claimSingleInstance', () => {
  it('keeps the first launch, and a second launch brings its window forward', () => {
    const app = new FakeApp(true);
    const window = new FakeWindow();
    window.minimized = true;
    expect(claimSingleInstance(app as unknown as App, () => bringToFront(window))).toBe(true);
    expect(window).toMatchObject({ minimized: true, visible: false, focused: false });
    app.emit('second-instance', {}, ['deskid'], '/home/pat');
    expect(window).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('answers false in a second launch, which then quits without listening', () => {
    const app = new FakeApp(false);
    expect(claimSingleInstance(app as unknown as App, () => undefined)).toBe(false);
    expect(app.listeners.size).toBe(0);
  });
});
