import pino from 'pino';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { lazyChildren } from './lazyLogger';

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

describe('a lazy logger', () => {
  it('makes no pino child for a request that writes nothing at an enabled level', async () => {
    const { parent, lines } = parentLogger('warn');
    const child = vi.spyOn(parent, 'child');
    const log = lazyChildren(parent).child({ reqId: 'r-1' });
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
    const log = lazyChildren(parent).child({ reqId: 'r-2' });
    log.warn({ attempt: 1 }, 'first');
    log.error(new Error('second'));
    await flush();
    // One child for the root wrapper, one for the request.
    expect(child).toHaveBeenCalledTimes(2);
    expect(lines().map((line) => [line.reqId, line.msg])).toEqual([
      ['r-2', 'first'],
      ['r-2', 'second'],
    ]);
  });

  it('follows the level set on the request logger and on its parent', async () => {
    const { parent, lines } = parentLogger('warn');
    const log = lazyChildren(parent).child({ reqId: 'r-3' });
    parent.level = 'info';
    log.info('written once the parent is at info');
    log.level = 'error';
    log.warn('not written once this request is at error');
    await flush();
    expect(lines().map((line) => line.msg)).toEqual(['written once the parent is at info']);
    expect(log.child({ step: 'x' }).level).toBe('error');
  });

  it('gives the children of children every binding, and their options', async () => {
    const { parent, lines } = parentLogger('info');
    const app = lazyChildren(parent).child({}, { serializers: { who: (value: string) => value.toUpperCase() } });
    const first = app.child({ reqId: 'r-4' });
    const second = app.child({ reqId: 'r-5' });
    first.child({ step: 'verify' }).info({ who: 'ana' }, 'nested');
    second.warn('sibling');
    await flush();
    expect(lines().map((line) => [line.reqId, line.step, line.who, line.msg])).toEqual([
      ['r-4', 'verify', 'ANA', 'nested'],
      ['r-5', undefined, undefined, 'sibling'],
    ]);
  });
});
