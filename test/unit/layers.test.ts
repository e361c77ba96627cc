import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/browserHost';

// Lints real probe files placed in each layer with the project's own ESLint config, so
// the test fails if the layer rule is switched off or its zones change.
const probes: string[] = [];
const eslint = new ESLint({ cwd: repoRoot });

async function lintProbe(folder: string, source: string, extension = 'ts') {
  const file = path.join(repoRoot, folder, `layer-probe-${randomUUID().slice(0, 8)}.${extension}`);
  probes.push(file);
  await writeFile(file, source);
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).filter((message) => message.ruleId === 'deskid/layers').map((m) => m.message);
}

afterAll(async () => {
  await Promise.all(probes.map((file) => rm(file, { force: true })));
});

describe('layer rules (DESIGN.md), enforced by lint', () => {
  it('refuses node:fs in the renderer', async () => {
    const messages = await lintProbe(
      'renderer/src',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    expect(messages).toEqual([expect.stringContaining('may not import the Node built-in "node:fs"')]);
  });

  it('refuses bare Node built-ins in the renderer too', async () => {
    const messages = await lintProbe('renderer/src', "import path from 'path';\nexport const x = path;\n");
    expect(messages).toHaveLength(1);
  });

  it('refuses electron in the renderer', async () => {
    const messages = await lintProbe(
      'renderer/src',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      'tsx',
    );
    expect(messages).toEqual([expect.stringContaining("may not import 'electron'")]);
  });

  it('refuses electron in services', async () => {
    const messages = await lintProbe('electron/services', "import { app } from 'electron';\nexport const x = app;\n");
    expect(messages).toEqual([expect.stringContaining("electron/services may not import 'electron'")]);
  });

  it('refuses a renderer reaching past the contract into services', async () => {
    const messages = await lintProbe(
      'renderer/src',
      "import { getAppInfo } from '../../electron/services/app/getAppInfo';\nexport const x = getAppInfo;\n",
    );
    expect(messages).toEqual([expect.stringContaining('renderer may not import electron/services/app/getAppInfo')]);
  });

  it('refuses the server importing client code', async () => {
    const messages = await lintProbe(
      'server',
      "import { DeskIdError } from '../electron/contract/DeskIdError';\nexport const x = DeskIdError;\n",
    );
    expect(messages).toEqual([expect.stringContaining('server may not import electron/contract/DeskIdError')]);
  });

  it('refuses anything but the entry importing electron/main', async () => {
    const messages = await lintProbe(
      'electron/host',
      "import { registerBridge } from '../main/registerBridge';\nexport const x = registerBridge;\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('lets only the hosts import the mock ID server (the embedded server), never services', async () => {
    const source = (up: string) => `import { startServer } from '${up}server/index';\nexport const x = startServer;\n`;
    expect(await lintProbe('electron/host', source('../../'))).toEqual([]);
    expect(await lintProbe('electron/main', source('../../'))).toEqual([]);
    expect(await lintProbe('electron/services', source('../../'))).toEqual([
      expect.stringContaining('electron/services may not import server/index'),
    ]);
    expect(await lintProbe('electron/cli', source('../../'))).toEqual([
      expect.stringContaining('electron/cli may not import server/index'),
    ]);
  });

  it('allows what the rules allow', async () => {
    const renderer = await lintProbe(
      'renderer/src',
      "import { DeskIdError } from '../../electron/contract/DeskIdError';\nexport const x = DeskIdError;\n",
    );
    const services = await lintProbe(
      'electron/services',
      "import { readFileSync } from 'node:fs';\nimport { DeskIdError } from '../contract/DeskIdError';\nexport const x = [readFileSync, DeskIdError];\n",
    );
    expect([...renderer, ...services]).toEqual([]);
  });
});
