import { spawn } from 'node:child_process';
import net from 'node:net';
import type { Page } from '@playwright/test';
import { demoServerLine, repoRoot, waitForLine, waitForStderr } from '../fixtures/browserHost';
import { expect, readOutbox, readOutboxCode, test } from './fixtures';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Calls `app.info` over the bridge from inside the page, with the launch secret from the printed URL. */
async function appInfoFromPage(page: Page, url: string): Promise<unknown> {
  const secret = new URLSearchParams(new URL(url).hash.slice(1)).get('k') ?? '';
  return page.evaluate(async (key) => {
    const response = await fetch('/bridge/call/app.info', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: '{}',
    });
    return (await response.json()) as unknown;
  }, secret);
}

async function postJson(url: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('npm run start:web -- --port N builds, prints the ready line and the demo server line, and serves the app', async ({
  page,
}) => {
  const port = await freePort();
  const child = spawn('npm', ['run', '--silent', 'start:web', '--', '--port', String(port)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  try {
    const line = await waitForLine(child, /^DeskID ready at /, () => stderr);
    expect(line).toMatch(new RegExp(`^DeskID ready at http://localhost:${port}/#k=[A-Za-z0-9_-]{43}$`));
    const [, idServerUrl] = await waitForStderr(child, demoServerLine, () => stderr);
    expect(stderr).toMatch(
      /^Demo ID server at http:\/\/127\.0\.0\.1:\d+: sign in as demo\.none \(password DeskID-demo-password\); other demo accounts in docs\/id-server\.md\.\n$/,
    );
    expect(await (await fetch(`${idServerUrl}/healthz`)).json()).toEqual({ ok: true });
    const url = line.slice('DeskID ready at '.length);
    await page.goto(url);
    await expect(page).toHaveTitle('DeskID');
    expect(await appInfoFromPage(page, url)).toMatchObject({
      ok: true,
      value: { name: 'DeskID', hostKind: 'browser' },
    });
    expect(stdout.trim().split('\n')).toEqual([line]);
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
});

test('the app fixture: the page loads, the bridge answers, and phone codes reach the dev outbox of its embedded server', async ({
  app,
  page,
}) => {
  await page.goto(app.url);
  await expect(page).toHaveTitle('DeskID');
  expect(await appInfoFromPage(page, app.url)).toMatchObject({
    ok: true,
    value: { hostKind: 'browser', dataDir: app.dataDir, keychain: { reachable: true } },
  });

  // demo.phone signs in with a code by SMS; the fixture's helper reads it from the outbox.
  const phone = '+12015550101';
  const signIn = await postJson(`${app.idServerUrl}/api/v1/sign-in/password`, {
    username: 'demo.phone',
    password: 'DeskID-demo-password',
  });
  expect(signIn.body).toMatchObject({ status: 'mfa_required' });
  const { transaction, phones } = signIn.body as { transaction: string; phones: { factorId: string }[] };
  const factorId = phones[0]?.factorId ?? '';
  expect(
    (await postJson(`${app.idServerUrl}/api/v1/sign-in/phone/send`, { transaction, factorId, channel: 'sms' })).status,
  ).toBe(202);
  const code = await readOutboxCode(app.idServerUrl, phone);
  expect(code).toMatch(/^\d{6}$/);
  expect((await readOutbox(app.idServerUrl, phone)).map((message) => message.channel)).toEqual(['sms']);
  const verified = await postJson(`${app.idServerUrl}/api/v1/sign-in/phone/verify`, { transaction, factorId, code });
  expect(verified.body).toMatchObject({ status: 'signed_in' });
  await expect(readOutboxCode(app.idServerUrl, '+12015550199')).rejects.toThrow(/has sent no code to \+12015550199/);
});

test.describe('the app fixture with an enforcement date', () => {
  test.use({ appOptions: { enforceFrom: '2099-01-01' } });

  test('starts the embedded server with that date (--enforce-from)', async ({ app }) => {
    const info = (await (await fetch(`${app.idServerUrl}/api/v1/server-info`)).json()) as {
      policy: { enforceFrom: string; enforced: boolean };
    };
    expect(info.policy).toMatchObject({ enforceFrom: '2099-01-01', enforced: false });
  });
});
