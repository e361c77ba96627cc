import { describe, expect, it } from 'vitest';
import type { AppInfo } from './appInfo';
import { DeskIdError } from './DeskIdError';
import { createDispatcher, type CallHandlers } from './dispatcher';

const info: AppInfo = {
  name: 'DeskID',
  version: '1.2.3',
  platform: 'linux',
  hostKind: 'browser',
  dataDir: '/tmp/x',
  keychain: { reachable: true, backend: 'Secret Service' },
};

function dispatcherWith(handler: CallHandlers['app.info'], logged: unknown[] = []) {
  return createDispatcher({
    handlers: { 'app.info': handler } as CallHandlers,
    logError: (_name, error) => logged.push(error),
  });
}

describe('createDispatcher', () => {
  it('answers a valid call with its validated value', async () => {
    const dispatch = dispatcherWith(() => info);
    expect(await dispatch('app.info', {})).toEqual({ ok: true, value: info });
  });

  it('answers unknown_call for a name not in the contract, never throwing', async () => {
    const dispatch = dispatcherWith(() => info);
    for (const name of ['vault.dump', 42, null, '__proto__', 'toString']) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('answers invalid_request for input that breaks the schema, naming the field but not its value', async () => {
    const dispatch = dispatcherWith(() => info);
    const result = await dispatch('app.info', { pin: 'hunter2-secret' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain('pin');
    expect(message).not.toContain('hunter2-secret');
    expect(await dispatch('app.info', 'text')).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('passes a DeskIdError through as a typed error', async () => {
    const dispatch = dispatcherWith(() => {
      throw new DeskIdError('keychain_unavailable', 'No keychain.');
    });
    expect(await dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'keychain_unavailable', message: 'No keychain.' },
    });
  });

  it('hides an unexpected error behind internal and logs its detail', async () => {
    const logged: unknown[] = [];
    const dispatch = dispatcherWith(() => {
      throw new Error('database password is swordfish');
    }, logged);
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('swordfish');
    expect(logged).toHaveLength(1);
  });

  it('refuses a handler answer that breaks the output schema', async () => {
    const logged: unknown[] = [];
    const dispatch = dispatcherWith(() => ({ ...info, secretKey: 'leak' }) as AppInfo, logged);
    const result = await dispatch('app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('leak');
    expect(logged).toHaveLength(1);
  });

  it('passes the details a code documents, and drops details of another shape, so the renderer can trust them by type', async () => {
    const logged: unknown[] = [];
    const throwing = (details: Record<string, unknown>) =>
      dispatcherWith(() => {
        throw new DeskIdError('invalid_code', 'That code is not right.', details);
      }, logged);
    expect(await throwing({ attemptsLeft: 2, lng: 'xx', returnObjects: true })('app.info', {})).toEqual({
      ok: false,
      error: { code: 'invalid_code', message: 'That code is not right.', details: { attemptsLeft: 2 } },
    });
    expect(await throwing({ attemptsLeft: 'two' })('app.info', {})).toEqual({
      ok: false,
      error: { code: 'invalid_code', message: 'That code is not right.' },
    });
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toContain('"invalid_code"');
  });

  it('sends no details for a code that documents none, whatever the ID server put there', async () => {
    const dispatch = dispatcherWith(() => {
      throw new DeskIdError('invalid_request', 'The server refused the request.', { returnObjects: true });
    });
    expect(await dispatch('app.info', {})).toEqual({
      ok: false,
      error: { code: 'invalid_request', message: 'The server refused the request.' },
    });
  });
});
