import { describe, expect, it } from 'vitest';
import { ceremonyAvailability } from './ceremonyAvailability';

describe('ceremonyAvailability', () => {
  it('says no on Linux, with the reason, so the screens offer the other methods before any options are fetched', () => {
    expect(ceremonyAvailability({ platform: 'linux', touchIdConfigured: false, virtualAuthenticator: false })).toEqual({
      available: false,
      reason: 'no_platform_authenticator',
    });
  });

  it('says yes on Windows, and on macOS only once Touch ID is configured', () => {
    expect(ceremonyAvailability({ platform: 'win32', touchIdConfigured: false, virtualAuthenticator: false })).toEqual({
      available: true,
    });
    expect(ceremonyAvailability({ platform: 'darwin', touchIdConfigured: true, virtualAuthenticator: false })).toEqual({
      available: true,
    });
    expect(
      ceremonyAvailability({ platform: 'darwin', touchIdConfigured: false, virtualAuthenticator: false }).available,
    ).toBe(false);
  });

  it("says yes anywhere with the test switch's virtual authenticator", () => {
    expect(ceremonyAvailability({ platform: 'linux', touchIdConfigured: false, virtualAuthenticator: true })).toEqual({
      available: true,
    });
  });
});
