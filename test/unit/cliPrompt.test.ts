import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';
import { runDeskid } from '../fixtures/runDeskid';
import { runOnTerminal } from '../fixtures/terminal';

/** `deskid ARGS` on a real pseudo-terminal, answering each prompt once shown. */
function deskidOnTerminal(args: string[], answers: Record<string, string>, env: NodeJS.ProcessEnv): Promise<string> {
  return runOnTerminal(['node', 'bin/deskid.js', ...args], answers, { env, cwd: repoRoot });
}

describe('deskid at a terminal', () => {
  it('asks for a new PIN without echoing it, and the PIN then unlocks the profile', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-tty-'));
    const env = { DESKID_KEYCHAIN_SERVICE: `DeskID-tty-test-${randomUUID()}` };
    const screen = await deskidOnTerminal(
      ['--data-dir', dataDir, 'profiles', 'add', 'Lee', '--pin'],
      { 'New PIN for Lee:': '482913', 'Type the PIN for Lee again:': '482913' },
      env,
    );
    expect(screen).toContain('New PIN for Lee:');
    expect(screen).toContain('Added profile "Lee" with a PIN.');
    expect(screen).not.toContain('482913');

    const typo = await deskidOnTerminal(
      ['--data-dir', dataDir, 'profiles', 'add', 'Ana', '--pin'],
      { 'New PIN for Ana:': '1111', 'Type the PIN for Ana again:': '1112' },
      env,
    );
    expect(typo).toContain('The two entries of the new PIN for Ana differ');

    const unlocked = await runDeskid(['--data-dir', dataDir, 'accounts', 'list', '--pin-stdin'], {
      stdin: '482913\n',
      env,
    });
    expect(unlocked.status).toBe(0);
    const listed = await deskidOnTerminal(
      ['--data-dir', dataDir, 'accounts', 'list'],
      { 'PIN for Lee:': '482913' },
      env,
    );
    expect(listed).toContain('No accounts yet.');
    expect(listed).not.toContain('482913');
  });
});
