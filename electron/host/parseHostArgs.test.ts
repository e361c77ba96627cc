import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHostArgs } from './parseHostArgs';

describe('parseHostArgs', () => {
  it('reads port, server and data folder', () => {
    expect(parseHostArgs(['--port', '4800', '--server', 'https://id.example.org/x', '--data-dir', 'data'])).toEqual({
      port: 4800,
      server: 'https://id.example.org',
      dataDir: path.resolve('data'),
      enforceFrom: undefined,
    });
    expect(parseHostArgs([])).toEqual({ port: 0, server: undefined, dataDir: undefined, enforceFrom: undefined });
  });

  it('reads --enforce-from for the embedded ID server, and refuses it beside --server', () => {
    expect(parseHostArgs(['--enforce-from', '2099-01-01']).enforceFrom).toBe('2099-01-01');
    expect(() => parseHostArgs(['--server', 'https://id.example.org', '--enforce-from', '2099-01-01'])).toThrow(
      /^--enforce-from sets the date of the demo ID server DeskID starts itself; with --server, that server sets its own\.$/,
    );
    for (const bad of ['2025-02-30', '2025-3-07', 'tomorrow', '']) {
      expect(() => parseHostArgs(['--enforce-from', bad]), bad).toThrow(
        `--enforce-from must be a date written YYYY-MM-DD, such as 2025-03-07, got "${bad}".`,
      );
    }
  });

  it('names the option at fault', () => {
    expect(() => parseHostArgs(['--port', 'eighty'])).toThrow(/--port must be a whole number/);
    expect(() => parseHostArgs(['--port', '70000'])).toThrow(/--port/);
    expect(() => parseHostArgs(['--server', 'not a url'])).toThrow(/^--server: The ID server address is not a URL/);
    expect(() => parseHostArgs(['--server', 'ftp://id.example.org'])).toThrow(
      /^--server: .*must start with https:\/\//,
    );
    expect(() => parseHostArgs(['--colour', 'red'])).toThrow(/colour/);
  });

  it('takes plain http only for a server on this computer', () => {
    expect(() => parseHostArgs(['--server', 'http://id.example.org'])).toThrow(
      /^--server: .*Use https:\/\/id\.example\.org/,
    );
    expect(parseHostArgs(['--server', 'http://127.0.0.1:4123']).server).toBe('http://127.0.0.1:4123');
    expect(parseHostArgs(['--server', 'http://localhost:4123/']).server).toBe('http://localhost:4123');
  });
});
