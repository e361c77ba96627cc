import type { AppInfo, HostKind } from '../../../electron/contract/appInfo';

/** For component tests: the `app` calls of a bridge answered by a `hostKind` host (the platform interfaces ask it). */
export function appOn(hostKind: HostKind): { info: () => Promise<AppInfo> } {
  return {
    info: () =>
      Promise.resolve({
        name: 'DeskID',
        version: '0.0.0-test',
        platform: 'linux',
        hostKind,
        dataDir: '/tmp/deskid-test',
        keychain: { reachable: true, backend: 'Secret Service' },
      }),
  };
}
