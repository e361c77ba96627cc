import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumLaunchOptions } from '../fixtures/chromium';

/**
 * Debian's Chromium driven over the DevTools protocol alone, through the pipe
 * (`--remote-debugging-pipe`: JSON messages ended by NUL on file descriptors 3 and 4),
 * with nothing enabled but what a caller asks for. Playwright, by contrast, turns on the
 * Network domain of every page, injects its own scripts, and handles the page's events in
 * this Node process (where bench:renderer also runs the browser host): time that a
 * person's browser, with no DevTools attached, does not spend. In bench:renderer both
 * pages became interactive about 40 ms sooner without it, with 20–25 ms less script per
 * load (docs/benchmarks/renderer.md, stop 20).
 */
export interface RawChromium {
  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** A page in a new browser context (its own empty HTTP and code caches); `close` disposes of both. */
  newPage(): Promise<{ sessionId: string; close: () => Promise<void> }>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export async function launchRawChromium(): Promise<RawChromium> {
  const { executablePath, args } = chromiumLaunchOptions();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'deskid-raw-chromium-'));
  const child: ChildProcess = spawn(
    executablePath,
    [...args, '--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let end = buffered.indexOf('\0');
    while (end !== -1) {
      const reply = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (waiting !== undefined && reply.id !== undefined) {
        pending.delete(reply.id);
        if (reply.error === undefined) waiting.resolve(reply.result);
        else waiting.reject(new Error(reply.error.message));
      }
      end = buffered.indexOf('\0');
    }
  });
  child.on('exit', (code) => {
    for (const waiting of pending.values()) {
      waiting.reject(new Error(`Chromium exited (${String(code)}): ${stderr.trim()}`));
    }
    pending.clear();
  });

  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      pending.set(lastId, { resolve: resolve as (value: unknown) => void, reject });
      toBrowser.write(`${JSON.stringify({ id: lastId, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  return {
    send,
    async newPage() {
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
      });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      return {
        sessionId,
        close: () => send('Target.disposeBrowserContext', { browserContextId }).then(() => undefined),
      };
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
