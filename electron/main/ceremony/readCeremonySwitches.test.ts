import { describe, expect, it } from 'vitest';
import { readCeremonySwitches } from './readCeremonySwitches';

function fakeApp(isPackaged: boolean) {
  return {
    isPackaged,
    exitCode: undefined as number | undefined,
    exit(code: number) {
      this.exitCode = code;
    },
  };
}

describe('readCeremonySwitches', () => {
  it('turns the virtual authenticator on in a development run', () => {
    const app = fakeApp(false);
    expect(readCeremonySwitches(['electron', '.', '--test-virtual-authenticator'], app, () => undefined)).toEqual({
      virtualAuthenticator: true,
    });
    expect(readCeremonySwitches(['electron', '.'], app, () => undefined)).toEqual({ virtualAuthenticator: false });
    expect(app.exitCode).toBeUndefined();
  });

  it('is refused by a packaged DeskID: one line on stderr and exit status 2', () => {
    const app = fakeApp(true);
    const lines: string[] = [];
    expect(() =>
      readCeremonySwitches(['deskid', '--test-virtual-authenticator'], app, (line) => lines.push(line)),
    ).toThrow(TypeError);
    expect(lines).toEqual(['--test-virtual-authenticator is for tests only; an installed DeskID refuses it.\n']);
    expect(app.exitCode).toBe(2);
  });
});
