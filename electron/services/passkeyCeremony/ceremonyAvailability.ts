import type { CeremonyAvailability } from './PasskeyWindow';

/** What decides whether a ceremony window can use a platform authenticator here. */
export interface AvailabilityFacts {
  /** `process.platform`. */
  platform: NodeJS.Platform;
  /** macOS: Touch ID was configured (`app.configureWebAuthn`); without it Electron answers no platform authenticator. */
  touchIdConfigured: boolean;
  /** `--test-virtual-authenticator`: Chromium's virtual authenticator stands in for the OS's. */
  virtualAuthenticator: boolean;
}

/**
 * Whether the ceremony window can make and use a passkey on this computer, before any
 * options are fetched: Windows has Windows Hello (the page still checks that it is set up
 * before the prompt); macOS has Touch ID once configured; Linux has no platform
 * authenticator, so the answer is no, and the screens offer the other methods.
 */
export function ceremonyAvailability({
  platform,
  touchIdConfigured,
  virtualAuthenticator,
}: AvailabilityFacts): CeremonyAvailability {
  if (virtualAuthenticator) return { available: true };
  if (platform === 'win32') return { available: true };
  if (platform === 'darwin' && touchIdConfigured) return { available: true };
  return { available: false, reason: 'no_platform_authenticator' };
}
