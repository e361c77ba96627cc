import { describe, expect, it } from 'vitest';
import { logDirFor } from './logDirFor';

describe('logDirFor', () => {
  it('puts the logs beside the data when a data folder is given', () => {
    expect(logDirFor({ dataDir: '/tmp/deskid-data', platform: 'win32' })).toBe('/tmp/deskid-data/logs');
  });

  it("uses each platform's log folder otherwise", () => {
    const home = '/home/ana';
    expect(logDirFor({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home })).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\DeskID\\logs',
    );
    expect(logDirFor({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe('/Users/ana/Library/Logs/DeskID');
    expect(logDirFor({ platform: 'linux', env: {}, home })).toBe('/home/ana/.local/state/deskid/logs');
    expect(logDirFor({ platform: 'linux', env: { XDG_STATE_HOME: '/srv/state' }, home })).toBe(
      '/srv/state/deskid/logs',
    );
    // A relative XDG value is ignored, as the spec says.
    expect(logDirFor({ platform: 'linux', env: { XDG_STATE_HOME: 'state' }, home })).toBe(
      '/home/ana/.local/state/deskid/logs',
    );
  });
});
