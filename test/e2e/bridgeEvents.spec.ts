import http from 'node:http';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { build } from 'vite';
import { repoRoot, startInProcessHost, type InProcessHost } from '../fixtures/browserHost';

/**
 * The renderer's own HTTP bridge client, bundled so it can run inside the page under test
 * (no screen subscribes to events yet). Only the raw client: the typed client would bring
 * a second copy of zod into the page, which trips over the page's own copy under its CSP.
 */
const bridgeBundle = bundleRendererBridge();

/** `inProcess`: a browser host in this process, so the test can emit events. */
const test = base.extend<{ inProcess: InProcessHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  inProcess: async ({}, use) => {
    const started = await startInProcessHost();
    await use(started);
    await started.stop();
  },
});

test("the DeskID page opens its event stream and receives the host's lock event", async ({ inProcess, page }) => {
  const { host } = inProcess;
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const streamOpened = page.waitForResponse((response) => new URL(response.url()).pathname === '/bridge/events');
  await page.evaluate(await bridgeBundle);
  // The secret where the page's own start-up keeps it once the first screen is painted (pickBridge.ts).
  await page.waitForFunction(() => sessionStorage.getItem('deskid.launchSecret') !== null);
  await page.evaluate(() => {
    const secret = sessionStorage.getItem('deskid.launchSecret');
    if (secret === null) throw new Error('The page has no launch secret.');
    const bridge = window.DeskIdHttpBridge.createHttpBridge(secret);
    window.lockEvent = new Promise((resolve) => bridge.on('app.locked', resolve));
  });
  const stream = await streamOpened;
  // Chromium sends no Origin on this same-origin GET; the host must still let the page in.
  expect(stream.status()).toBe(200);
  expect(await stream.request().headerValue('origin')).toBeNull();
  expect(await stream.request().headerValue('sec-fetch-site')).toBe('same-origin');

  host.events.publish('app.locked', { reason: 'idle' });
  expect(await page.evaluate(() => window.lockEvent)).toEqual({ reason: 'idle' });
});

test('a page from another origin can neither call the bridge nor open its event stream', async ({
  inProcess,
  page,
}) => {
  const { host, calls } = inProcess;
  const other = await serveOtherPage();
  try {
    await page.goto(other.url);
    const target = `http://localhost:${host.port}`;
    const secret = new URLSearchParams(new URL(host.url).hash.slice(1)).get('k') ?? '';
    const outcomes = await page.evaluate(
      async ({ target, secret }) => {
        const attempt = async (url: string, init: RequestInit) => {
          try {
            const response = await fetch(url, init);
            return `status ${String(response.status)} ${response.type}`;
          } catch {
            return 'refused';
          }
        };
        const auth = { authorization: `Bearer ${secret}` };
        return {
          call: await attempt(`${target}/bridge/call/app.info`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: '{}',
          }),
          simpleCall: await attempt(`${target}/bridge/call/app.info`, { method: 'POST', mode: 'no-cors', body: '{}' }),
          stream: await attempt(`${target}/bridge/events`, { headers: auth }),
          simpleStream: await attempt(`${target}/bridge/events`, { mode: 'no-cors' }),
        };
      },
      { target, secret },
    );
    // With the secret, a cross-origin fetch needs a preflight, which the host refuses. The
    // simple ones skip it and reach the host, which refuses them too (and the page could
    // not read them anyway: every answer says Cross-Origin-Resource-Policy: same-origin).
    expect(outcomes).toEqual({ call: 'refused', simpleCall: 'refused', stream: 'refused', simpleStream: 'refused' });
    expect(calls).toEqual([]);
    expect(host.events.size).toBe(0);
  } finally {
    await other.close();
  }
});

declare global {
  interface Window {
    /** `renderer/src/bridge/httpBridge.ts`, as bundled by `bundleRendererBridge`. */
    DeskIdHttpBridge: {
      createHttpBridge(secret: string): { on(name: 'app.locked', listener: (payload: unknown) => void): () => void };
    };
    lockEvent: Promise<unknown>;
  }
}

async function bundleRendererBridge(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.join(repoRoot, 'renderer/src/bridge/httpBridge.ts'),
        formats: ['iife'],
        name: 'DeskIdHttpBridge',
      },
    },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  )[0];
  if (chunk?.type !== 'chunk') throw new Error('Vite did not bundle the renderer bridge.');
  return chunk.code;
}

/** A plain page on another loopback port: another origin, as a local attacker would have. */
async function serveOtherPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Another site</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port for the other page.');
  return {
    url: `http://localhost:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
