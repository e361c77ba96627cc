import { parse as load } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mergeUpdateInfo } from '../../build/mergeMacUpdateInfo.mjs';
import { itPassesTheSchemaAndActionlint, loadWorkflow } from '../fixtures/workflowChecks';

// The installers are built only by .github/workflows/release.yml (no Electron runtime
// here), so the workflow is checked here: the schema and actionlint (workflowChecks.ts), and
// for what it must do.
describe('the release workflow (.github/workflows/release.yml)', () => {
  itPassesTheSchemaAndActionlint('release.yml', {
    schemaBreak: ['runs-on: ${{ matrix.os }}', 'run-on: ${{ matrix.os }}'],
    lintBreak: ['${{ matrix.platform }}', '${{ matrix.platfrom }}'],
  });

  it('builds on Windows, macOS (both architectures) and Linux with Node 22, runs the smoke test, and attaches the installers on a tag', async () => {
    const workflow = await loadWorkflow('release.yml');
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
