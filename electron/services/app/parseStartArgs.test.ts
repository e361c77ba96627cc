import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStartArgs } from './parseStartArgs';

// The strict form (the browser host) is covered by electron/host/parseHostArgs.test.ts.
describe('parseStartArgs for Electron main (strict: false)', () => {
  it('reads its options among the app path and Chromium switches', () => {
    expect(
      parseStartArgs(['.', '--no-sandbox', '--server', 'https://id.example.org/x', '--data-dir', 'd'], {
        strict: false,
      }),
    ).toEqual({ port: 0, server: 'https://id.example.org', dataDir: path.resolve('d'), enforceFrom: undefined });
  });

  it('still refuses a bad value, and an option with none', () => {
    expect(() => parseStartArgs(['--enforce-from', '2025-13-01'], { strict: false })).toThrow(/--enforce-from must be/);
    expect(() => parseStartArgs(['--server'], { strict: false })).toThrow('--server needs a value.');
    expect(() => parseStartArgs(['--no-sandbox'])).toThrow(/no-sandbox/);
  });
});
