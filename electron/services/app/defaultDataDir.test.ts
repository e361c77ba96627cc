import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './defaultDataDir';

describe('defaultDataDir', () => {
  it('follows each platform convention', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\DeskID',
    );
    expect(defaultDataDir({}, 'darwin', '/Users/ana')).toBe('/Users/ana/Library/Application Support/DeskID');
    expect(defaultDataDir({}, 'linux', '/home/ana')).toBe('/home/ana/.local/share/deskid');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe('/data/deskid');
    // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored.
    expect(defaultDataDir({ XDG_DATA_HOME: 'rel' }, 'linux', '/home/ana')).toBe('/home/ana/.local/share/deskid');
  });
});
