import { describe, expect, it } from 'vitest';
import { checkRequestTarget } from './checkRequestTarget';

describe('checkRequestTarget', () => {
  it('accepts canonical origin-form targets', () => {
    for (const target of [
      '/',
      '/index.html',
      '/assets/index-Bx9_q.js',
      '/bridge/call/app.info',
      '/bridge/events',
      '/bridge/call/app.info?x=1',
      '/?next=/a/../b//c%2F',
      '/files/a%20b.html',
      '/files/caf%C3%A9.html',
    ]) {
      expect(checkRequestTarget(target), target).toBeNull();
    }
  });

  it('refuses every other spelling with 400', () => {
    for (const target of [
      '',
      '*',
      'bridge/call/app.info',
      'http://localhost:4800/bridge/call/app.info',
      'HTTP://localhost:4800/bridge/events',
      '//bridge/call/app.info',
      '/bridge//call/app.info',
      '/bridge/call/app.info//',
      '/./bridge/call/app.info',
      '/x/../bridge/call/app.info',
      '/bridge/call/..',
      '/bridge/.',
      '/%62ridge/call/app.info',
      '/%62ridge/events',
      '/bridge%2Fcall/app.info',
      '/bridge%2fcall/app.info',
      '/bridge%5Ccall/app.info',
      '/bridge\\call/app.info',
      '/bridge/call/app%2Einfo',
      '/bridge/call/%2e%2e/x',
      '/bridge/call/app.info%7E',
      '/bridge/call/app.info%',
      '/bridge/call/app.info%G1',
      '/bridge/call/app.info#x',
    ]) {
      expect(checkRequestTarget(target), target).toMatchObject({ status: 400 });
    }
  });
});
