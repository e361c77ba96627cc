import type { CallOutput } from '../../../../electron/contract/calls';

type ServerInfo = CallOutput<'signIn.server'>;

/**
 * `signIn.server` as the embedded demo server answers it, for component tests: every
 * method, both channels, US by default, enforced since 2025-03-07. `changes` override.
 */
export function serverInfoForTests(changes: Partial<ServerInfo> = {}): () => Promise<ServerInfo> {
  return () =>
    Promise.resolve({
      url: 'http://127.0.0.1:4123',
      embedded: true,
      enforceFrom: '2025-03-07',
      enforced: true,
      methods: ['passkey', 'totp', 'phone'],
      phoneChannels: ['sms', 'voice'],
      defaultCountry: 'US',
      ...changes,
    });
}
