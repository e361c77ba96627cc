import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

// The single executable starts from a V8 startup snapshot of its modules, built on the
// build machine (scripts/buildSea.ts, electron/cli/seaMain.ts). snapshotGuard fails that
// build when a module read the environment, the clock or randomness while loading (the
// value would be frozen into every copy). Here a small entry is bundled and built into a
// snapshot as buildSea does, once reading nothing and once reading process.env.
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deskid-snapshot-guard-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Bundles `body` after the guard (as seaMain.ts imports it first) and builds a snapshot from it. */
async function buildSnapshot(name: string, body: string) {
  const entry = path.join(dir, `${name}.ts`);
  await writeFile(
    entry,
    `import { assertNothingFrozenIntoSnapshot } from ${JSON.stringify(path.join(repoRoot, 'electron/cli/snapshotGuard.ts'))};
import { startupSnapshot } from 'node:v8';
${body}
assertNothingFrozenIntoSnapshot();
startupSnapshot.setDeserializeMainFunction(() => process.stdout.write(\`ran with \${process.env.GUARD_PROBE ?? 'nothing'}\\n\`));
`,
  );
  const script = path.join(dir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
  });
  const blob = path.join(dir, `${name}.blob`);
  const built = spawnSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', script], {
    encoding: 'utf8',
  });
  return { built, blob };
}

describe('the startup snapshot guard', () => {
  it('lets a snapshot whose modules read nothing at load be built, and its main reads the environment at run time', async () => {
    const { built, blob } = await buildSnapshot('clean', 'Object.assign(globalThis, { answer: 42 });');
    expect(built.stderr).not.toMatch(/read while the startup snapshot/);
    expect(built.status).toBe(0);
    const run = spawnSync(process.execPath, ['--snapshot-blob', blob], {
      encoding: 'utf8',
      env: { ...process.env, GUARD_PROBE: 'this run' },
    });
    expect(run.stdout).toBe('ran with this run\n');
  });

  it('fails the build, naming the read, when a module reads the environment or draws randomness while loading', async () => {
    const { built } = await buildSnapshot(
      'frozen',
      "import { randomBytes } from 'node:crypto';\nObject.assign(globalThis, { home: process.env.HOME, salt: randomBytes(16) });",
    );
    expect(built.status).not.toBe(0);
    expect(built.stderr).toMatch(/read while the startup snapshot's modules loaded/);
    expect(built.stderr).toMatch(/process\.env/);
    expect(built.stderr).toMatch(/crypto\.randomBytes\(\)/);
  });
});
