import { readFileSync } from 'node:fs';

/** The app version from the project's package.json, for hosts that are not Electron. */
export function readPackageVersion(packageJsonUrl: URL): string {
  const parsed: unknown = JSON.parse(readFileSync(packageJsonUrl, 'utf8'));
  if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
    return parsed.version;
  }
  throw new TypeError(`${packageJsonUrl.pathname} has no "version" string.`);
}
