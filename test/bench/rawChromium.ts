import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumLaunchOptions } from '../fixtures/chromium';

/**
 * Debian's Chromium driven over the DevTools protocol alone, through the pipe
 * (`--remote-debugging-pipe`: JSON messages ended by NUL on file descriptors 3 and 4),
 * with nothing enabled but what a caller asks for. Playwright, by contrast, turns on the
 * Network domain of every page, injects its own scripts, launches Chromium with flags of
 * its own, and handles the page's events in this Node process (where bench:renderer also
 * runs the browser host): none of which a person's browser has.
 */
export interface RawChromium {
  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: object, sessionId?: string): Promise<T>;
  /** A page in a new browser context (its own empty HTTP and code caches); `close` disposes of both. */
  newPage(): Promise<RawPage>;
  close(): Promise<void>;
}

/** One page of {@link RawChromium}: its commands, and JavaScript evaluated in it. */
export interface RawPage {
  send: <T = Record<string, unknown>>(method: string, params?: object) => Promise<T>;
  /** The value of `expression` in the page; an exception it throws is an error here. */
  evaluate: <T>(expression: string) => Promise<T>;
  close: () => Promise<void>;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/** How long one command may take before the bench gives up on it. */
const commandTimeoutMs = 60_000;

/**
 * Starts headless Chromium (chromiumLaunchOptions' binary and flags) with a throw-away
 * profile, driven through the pipe. A command fails, rather than hangs, once Chromium
 * has exited or after a minute.
 */
export async function launchRawChromium(): Promise<RawChromium> {
  const { executablePath, args } = chromiumLaunchOptions();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'deskid-raw-chromium-'));
  const child = spawn(
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
  let ended: Error | undefined;
  const end = (error: Error) => {
    ended ??= error;
    for (const waiting of pending.values()) waiting.reject(ended);
    pending.clear();
  };
  child.on('error', end);
  child.on('exit', (code, signal) => end(new Error(`Chromium exited (${signal ?? String(code)}): ${stderr.trim()}`)));
  // A pipe closed under a write is reported by the exit above.
  toBrowser.on('error', () => undefined);
  // Decoded as UTF-8 across chunks, so a character split between two reads stays whole.
  fromBrowser.setEncoding('utf8');
  let buffered = '';
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    for (let stop = buffered.indexOf('\0'); stop !== -1; stop = buffered.indexOf('\0')) {
      const message = buffered.slice(0, stop);
      buffered = buffered.slice(stop + 1);
      let reply: Reply;
      try {
        reply = JSON.parse(message) as Reply;
      } catch {
        end(new Error(`Chromium sent a message that is not JSON: ${message.slice(0, 200)}`));
        return;
      }
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (waiting === undefined || reply.id === undefined) continue;
      pending.delete(reply.id);
      if (reply.error === undefined) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error.message));
    }
  });

  const send = <T>(method: string, params: object = {}, sessionId?: string): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (ended !== undefined) {
        reject(ended);
        return;
      }
      lastId += 1;
      const id = lastId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`Chromium did not answer ${method} within ${commandTimeoutMs / 1000} s.`));
      }, commandTimeoutMs);
      pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  return {
    send,
    async newPage() {
      const { browserContextId } = await send<{ browserContextId: string }>('Target.createBrowserContext');
      const close = () => send('Target.disposeBrowserContext', { browserContextId }).then(() => undefined);
      try {
        const { targetId } = await send<{ targetId: string }>('Target.createTarget', {
          url: 'about:blank',
          browserContextId,
        });
        const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
        const onPage = <T>(method: string, params: object = {}) => send<T>(method, params, sessionId);
        return {
          send: onPage,
          evaluate: async <T>(expression: string): Promise<T> => {
            const { result, exceptionDetails } = await onPage<{
              result: { value: T };
              exceptionDetails?: { text: string; exception?: { description?: string } };
            }>('Runtime.evaluate', { expression, returnByValue: true });
            if (exceptionDetails !== undefined) {
              throw new Error(`The page threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
            }
            return result.value;
          },
          close,
        };
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await send('Browser.close').catch(() => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
