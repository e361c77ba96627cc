import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../server/seed/demoAccounts';
import { startServer, type RunningServer } from '../../server/startServer';
import { jsonPolicySource } from '../../electron/services/policy/jsonPolicySource';
import { MachinePolicy } from '../../electron/services/policy/MachinePolicy';
import { IdServerSession } from '../../electron/services/session/IdServerSession';
import { createAppContext } from '../../electron/services/app/createAppContext';

// Machine policy's serverUrl changed while DeskID runs: two real mock ID servers.
let first: RunningServer;
let second: RunningServer;
let dir: string;
let policyFile: string;

beforeAll(async () => {
  [first, second] = await Promise.all([startServer({ port: 0, seed: 'demo' }), startServer({ port: 0, seed: 'demo' })]);
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-policy-server-'));
  policyFile = path.join(dir, 'policy.json');
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await rm(dir, { recursive: true, force: true });
});

async function managedContext(serverUrl: string, server?: string) {
  await writeFile(policyFile, JSON.stringify({ serverUrl }));
  const policy = new MachinePolicy({ sources: [jsonPolicySource(policyFile)] });
  const context = createAppContext({
    hostKind: 'browser',
    version: '1',
    dataDir: dir,
    policy,
    ...(server === undefined ? {} : { server }),
  });
  return { policy, context };
}

describe("machine policy's serverUrl while running", () => {
  it('applies at once, and the session of the old server is ended there, never sent to the new one', async () => {
    const { policy, context } = await managedContext(first.url);
    const session = new IdServerSession({ server: context.idServer });
    await session.signInWithPassword('demo.none', demoPassword);
    expect(session.signedIn).toBe(true);
    const token = await session.withToken((held) => Promise.resolve(held));
    expect((await fetch(`${first.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);

    await writeFile(policyFile, JSON.stringify({ serverUrl: second.url }));
    policy.reload();
    expect(context.idServer).toEqual({ url: second.url, embedded: false });
    expect(session.serverUrl).toBe(second.url);
    // Forgotten here before any request: not a 401 from the new server ("Your sign-in has ended").
    await expect(session.withToken(() => Promise.resolve('sent'))).rejects.toMatchObject({
      code: 'unauthorized',
      message: /You are not signed in/,
    });
    expect(session.signedIn).toBe(false);
    // Ended at the server that issued it (best effort, so wait for it).
    await expect
      .poll(
        async () => (await fetch(`${first.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status,
      )
      .toBe(401);

    await session.signInWithPassword('demo.none', demoPassword);
    expect(session.signedIn).toBe(true);
  });

  it('does not act on an answer of the old server that arrives after the change', async () => {
    const { policy, context } = await managedContext(first.url);
    const session = new IdServerSession({ server: context.idServer });
    await session.signInWithPassword('demo.none', demoPassword);
    let answer: (value: string) => void = () => undefined;
    const inFlight = session.withToken(() => new Promise<string>((resolve) => (answer = resolve)));

    await writeFile(policyFile, JSON.stringify({ serverUrl: second.url }));
    policy.reload();
    answer('a reply of the first server');
    await expect(inFlight).rejects.toMatchObject({ code: 'unauthorized', message: /Your sign-in has ended/ });
    expect(session.signedIn).toBe(false);
    session.holdRecoveryCode({ code: '4000123456789017', issuedAt: new Date().toISOString() });
    expect(session.heldRecoveryCode).toBeUndefined();
  });

  it('is not followed when --server was given, and removing it keeps the server in use', async () => {
    const pinned = await managedContext(first.url, second.url);
    await writeFile(policyFile, JSON.stringify({ serverUrl: 'https://id.example.org' }));
    pinned.policy.reload();
    expect(pinned.context.idServer.url).toBe(second.url);

    const managed = await managedContext(first.url);
    await writeFile(policyFile, JSON.stringify({}));
    managed.policy.reload();
    expect(managed.context.idServer).toEqual({ url: first.url, embedded: false });
  });
});
