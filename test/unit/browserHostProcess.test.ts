import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot, sendRawRequest, startHostProcess, waitForLine } from '../fixtures/browserHost';

describe('the browser host process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('shuts down cleanly on %s', async (signal) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await waitForLine(child, /^DeskID ready at /, () => stderr);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });

  it('prints exactly one line to stdout', async () => {
    const host = await startHostProcess();
    try {
      expect(host.readyLine).toMatch(/^DeskID ready at http:\/\/localhost:\d+\/#k=/);
    } finally {
      await host.stop();
    }
  });

  it('refuses the bridge spelled another way (issue 9: /%62ridge, absolute form) with 400', async () => {
    const host = await startHostProcess();
    try {
      for (const target of [
        '/%62ridge/call/app.info',
        `http://localhost:${host.port}/bridge/call/app.info`,
        '/%62ridge/events',
      ]) {
        const method = target.endsWith('/events') ? 'GET' : 'POST';
        const body = method === 'POST' ? '{}' : '';
        const answer = await sendRawRequest(host.port, {
          method,
          target,
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(answer.status, target).toBe(400);
      }
    } finally {
      await host.stop();
    }
  });

  it('explains a bad option and exits 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', 'abc'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a whole number');
    expect(stderr).toContain('Usage: npm run start:web');
  });
});
