import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../electron/services/app/createAppContext';
import { embeddedServerDb, startEmbeddedIdServer } from '../../electron/services/app/startEmbeddedIdServer';
import { jsonPolicySource } from '../../electron/services/policy/jsonPolicySource';
import { MachinePolicy } from '../../electron/services/policy/MachinePolicy';
import { demoPassword, startServer, type RunningServer, type ServerOptions } from '../../server/index';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real `startServer`, keeping hold of what it started so the test can look inside. */
function recordingStart() {
  const started: RunningServer[] = [];
  const start = async (options: ServerOptions) => {
    const server = await startServer(options);
    started.push(server);
    return server;
  };
  return { started, start };
}

describe('startEmbeddedIdServer (the mock ID server inside a host)', () => {
  it('starts the demo server on loopback with the page origin and date, in a file under the data folder, and points the context at it', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-embedded-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const context = createAppContext({ hostKind: 'browser', version: '1', dataDir });
    const { started, start } = recordingStart();

    const embedded = await startEmbeddedIdServer(
      context,
      { start, demo: { username: 'demo.none', password: demoPassword } },
      { origin: 'http://localhost:4799', enforceFrom: '2099-01-01' },
    );
    cleanups.push(() => embedded.close());

    expect(context.idServer).toEqual({ url: embedded.url, embedded: true });
    expect(embedded.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(embedded.demoLine).toBe(
      `Demo ID server at ${embedded.url}: sign in as demo.none (password ${demoPassword}); other demo accounts in docs/id-server.md.`,
    );
    const config = started[0]?.ctx.config;
    expect(config).toMatchObject({
      host: '127.0.0.1',
      db: path.join(dataDir, 'embedded-id-server', 'id-server.db'),
      origins: ['http://localhost:4799'],
      rpId: 'localhost',
      enforceFrom: '2099-01-01',
      seed: 'demo',
    });
    expect(embeddedServerDb(dataDir)).toBe(config?.db);
    const signIn = await fetch(`${embedded.url}/api/v1/sign-in/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.none', password: demoPassword }),
    });
    // Before the enforcement date, an account with no method signs in with a warning.
    expect(await signIn.json()).toMatchObject({ status: 'signed_in', warnings: ['mfa_required_from:2099-01-01'] });

    await embedded.close();
    await expect(fetch(`${embedded.url}/healthz`)).rejects.toThrow();
  });

  it('leaves the origin and date to the server when not given (Electron: the ceremony window is on the server’s origin)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-embedded-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { started, start } = recordingStart();
    const embedded = await startEmbeddedIdServer(createAppContext({ hostKind: 'browser', version: '1', dataDir }), {
      start,
      demo: { username: 'demo.none', password: demoPassword },
    });
    cleanups.push(() => embedded.close());
    expect(started[0]?.ctx.config).toMatchObject({ origins: undefined, enforceFrom: '2025-03-07' });
  });

  it('leaves the context on a server machine policy named while it started', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-embedded-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const policyFile = path.join(dataDir, 'policy.json');
    const policy = new MachinePolicy({ sources: [jsonPolicySource(policyFile)] });
    const context = createAppContext({ hostKind: 'browser', version: '1', dataDir, policy });
    const { start } = recordingStart();
    const embedded = await startEmbeddedIdServer(context, {
      start: async (options) => {
        const server = await start(options);
        await writeFile(policyFile, JSON.stringify({ serverUrl: 'https://id.example.org' }));
        policy.reload(); // as the watch does when IT's file arrives meanwhile
        return server;
      },
      demo: { username: 'demo.none', password: demoPassword },
    });
    cleanups.push(() => embedded.close());
    expect(context.idServer).toEqual({ url: 'https://id.example.org', embedded: false });
  });
});
