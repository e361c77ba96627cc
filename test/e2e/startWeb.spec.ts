import { spawn } from 'node:child_process';
import net from 'node:net';
import { repoRoot, waitForLine } from '../fixtures/browserHost';
import { expect, test } from './fixtures';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

test('npm run start:web -- --port N builds, prints the ready line, and serves the app', async ({ page }) => {
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
    await page.goto(line.slice('DeskID ready at '.length));
    await expect(page.getByRole('heading', { name: 'About DeskID' })).toBeVisible();
    await expect(page.getByTestId('app-version')).not.toBeEmpty();
    expect(stdout.trim().split('\n')).toEqual([line]);
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
});
