import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { probeKeychain } from '../../services/app/getAppInfo';
import { DeskIdError } from '../../contract/DeskIdError';
import { parseServerUrl } from '../../services/idserver/parseServerUrl';
import { isRedirect, noRedirects } from '../../services/idserver/refuseRedirects';
import type { Profile } from '../../services/profiles/profileIndexSchema';
import type { CliContext } from '../CliContext';

/** One line of `deskid doctor`: ok, or what to do. */
export interface DoctorCheck {
  check: string;
  ok: boolean;
  detail: string;
}

/**
 * `deskid doctor`: keychain reachability, the data folder, each profile's vault and each
 * ID server's reachability. Exit status 1 when any line needs a fix.
 */
export async function doctorCommand(context: CliContext): Promise<boolean> {
  const checks: DoctorCheck[] = [
    await checkDataDir(context.dataDir),
    await checkKeychain(context),
    ...(await checkProfiles(context)),
    ...(await checkServers(context)),
  ];
  context.print(
    checks,
    checks.map((check) => `${check.ok ? 'ok ' : 'FIX'}  ${check.check}: ${check.detail}`),
  );
  return checks.every((check) => check.ok);
}

async function checkDataDir(dataDir: string): Promise<DoctorCheck> {
  const check = 'data folder';
  const info = await stat(dataDir).catch(() => null);
  if (info === null) return { check, ok: true, detail: `${dataDir} (created on first use)` };
  if (!info.isDirectory())
    return { check, ok: false, detail: `${dataDir} is not a folder. Move that file away or pass --data-dir.` };
  const writable = await access(dataDir, constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable
    ? { check, ok: true, detail: dataDir }
    : { check, ok: false, detail: `${dataDir} is not writable by you. Fix its permissions or pass --data-dir.` };
}

async function checkKeychain(context: CliContext): Promise<DoctorCheck> {
  const probe = await probeKeychain(context.keychain);
  return probe.reachable
    ? { check: 'keychain', ok: true, detail: `${probe.backend} reachable` }
    : { check: 'keychain', ok: false, detail: probe.problem ?? `${probe.backend} unreachable` };
}

async function checkProfiles(context: CliContext): Promise<DoctorCheck[]> {
  let profiles: Profile[];
  try {
    profiles = await context.profiles.list();
  } catch (error) {
    return [
      {
        check: 'profiles',
        ok: false,
        detail: error instanceof DeskIdError ? error.message : 'the profile list cannot be read.',
      },
    ];
  }
  if (profiles.length === 0)
    return [{ check: 'profiles', ok: true, detail: 'none yet (add one with: deskid profiles add NAME)' }];
  return Promise.all(
    profiles.map(async (profile): Promise<DoctorCheck> => {
      const check = `vault of "${profile.displayName}"`;
      const health = await context.profiles.health(profile.id);
      switch (health.vault) {
        case 'ok':
          if (health.needsPin)
            return {
              check,
              ok: false,
              detail: `no PIN, and this computer is in shared-desktop mode, so it does not open. Set one with: deskid profiles set-pin "${profile.displayName}"`,
            };
          return { check, ok: true, detail: health.hasPin ? 'healthy, PIN set' : 'healthy' };
        case 'missing':
          return {
            check,
            ok: false,
            detail: 'its vault file is missing. Restore a backup, or remove the profile and add it again.',
          };
        case 'damaged':
          return {
            check,
            ok: false,
            detail:
              health.backup === null
                ? 'its vault file is damaged and there is no previous copy. Restore an encrypted backup.'
                : `its vault file is damaged. The previous copy ${health.backup} looks intact: restore it.`,
          };
      }
    }),
  );
}

async function checkServers(context: CliContext): Promise<DoctorCheck[]> {
  const profiles = await context.profiles.list().catch(() => []);
  const urls = new Set(profiles.flatMap((profile) => (profile.idServer === null ? [] : [profile.idServer.url])));
  if (context.line.server !== undefined) urls.add(context.line.server);
  if (urls.size === 0)
    return [{ check: 'ID server', ok: true, detail: 'none configured (check one with --server URL)' }];
  return Promise.all([...urls].map((url) => checkServer(url)));
}

async function checkServer(url: string): Promise<DoctorCheck> {
  const check = `ID server ${url}`;
  let healthz: URL;
  try {
    healthz = new URL(`${parseServerUrl(url)}/healthz`);
  } catch (error) {
    return { check, ok: false, detail: error instanceof DeskIdError ? error.message : 'is not a valid URL.' };
  }
  try {
    const response = await fetch(healthz, { signal: AbortSignal.timeout(5_000), ...noRedirects });
    if (isRedirect(response.status))
      return {
        check,
        ok: false,
        detail: `redirects (answered ${response.status}) to another address, which DeskID does not follow. Use the ID server's own https address.`,
      };
    return response.ok
      ? { check, ok: true, detail: 'reachable' }
      : { check, ok: false, detail: `answered ${response.status}. Ask IT whether the ID server is up.` };
  } catch {
    return { check, ok: false, detail: 'cannot be reached. Check the address and the network connection, or ask IT.' };
  }
}
