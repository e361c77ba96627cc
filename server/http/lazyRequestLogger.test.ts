import pino from 'pino';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { lazyRequestLogger } from './lazyRequestLogger';

function parentLogger(level: string): { parent: pino.Logger; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const parent = pino({ level }, stream);
  return {
    parent,
    lines: () =>
      text
        .trim()
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the lazy request logger', () => {
  it('makes no pino child for a request that writes nothing at an enabled level', async () => {
    const { parent, lines } = parentLogger('warn');
    const child = vi.spyOn(parent, 'child');
    const log = lazyRequestLogger(parent, { reqId: 'r-1' }, {});
    log.info('not written at warn');
    log.debug({ detail: 1 }, 'nor this');
    await flush();
    expect(child).not.toHaveBeenCalled();
    expect(lines()).toEqual([]);
    expect(log.level).toBe('warn');
  });

  it('writes enabled lines with the request id, making the child once', async () => {
    const { parent, lines } = parentLogger('warn');
    const child = vi.spyOn(parent, 'child');
    const log = lazyRequestLogger(parent, { reqId: 'r-2' }, {});
    log.warn({ attempt: 1 }, 'first');
    log.error(new Error('second'));
    await flush();
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines().map((line) => [line.reqId, line.msg])).toEqual([
      ['r-2', 'first'],
      ['r-2', 'second'],
    ]);
  });

  it('follows the level set on the request logger and on its parent', async () => {
    const { parent, lines } = parentLogger('warn');
    const log = lazyRequestLogger(parent, { reqId: 'r-3' }, {});
    parent.level = 'info';
    log.info('written once the parent is at info');
    log.level = 'error';
    log.warn('not written once this request is at error');
    await flush();
    expect(lines().map((line) => line.msg)).toEqual(['written once the parent is at info']);
    expect(log.child({ step: 'x' }).level).toBe('error');
  });
});
