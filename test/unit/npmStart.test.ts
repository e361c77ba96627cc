import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

describe('npm start without the Electron runtime', () => {
  it('says so in one plain sentence, points to start:web, and exits non-zero without a stack trace', () => {
    // The override points at an empty place, so the runtime is absent even where it is installed.
    const result = spawnSync('npm', ['start', '--silent'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron' },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('the Electron runtime is not installed on this machine');
    expect(result.stderr).toContain('npm run start:web');
    expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
