import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { FakeEventSource, FakeSession, FakeWebContents, preventableEvent } from '../../test/fixtures/fakeElectron';
import { hardenContents } from './hardenContents';
import { createUrlCheck } from './registerBridge';

function setUp() {
  const app = new FakeEventSource();
  const session = new FakeSession();
  hardenContents(app as unknown as App, session, createUrlCheck(undefined));
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return { session, contents };
}

describe('hardenContents', () => {
  it('denies every permission request and check', () => {
    const { session } = setUp();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      session.permissionRequest?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(session.permissionCheck?.()).toBe(false);
  });

  it('denies new windows and navigation away from the app', () => {
    const { contents } = setUp();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.test' })).toEqual({ action: 'deny' });
    const away = preventableEvent();
    contents.emit('will-navigate', away, 'https://evil.test/');
    expect(away.defaultPrevented).toBe(true);
    const inside = preventableEvent();
    contents.emit('will-navigate', inside, 'app://deskid/index.html');
    expect(inside.defaultPrevented).toBe(false);
    const webview = preventableEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });
});
