// @ts-check
// Fetches the Electron runtime through Electron's own installer: the `electron` package's
// install.js, which `npx install-electron` also runs (since Electron 45 nothing fetches it
// during `npm ci`). Used by `npm start` (scripts/start.mjs) when the runtime is missing.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

/** How long `npm start` waits for the download by default, in seconds (about 100 MB). */
export const defaultFetchSeconds = 300;
const causeHook = fileURLToPath(new URL('./electronFetchCause.mjs', import.meta.url));

/**
 * @typedef {{ ok: true } | { ok: false, reason: string }} InstallOutcome
 * `reason` completes "Electron's installer could not fetch it (…)": words, never a URL.
 */

/**
 * Runs Electron's installer and waits at most `seconds` for it. Resolves with why it
 * failed, in words, rather than rejecting; its own output is kept off the terminal.
 * @param {{ env?: NodeJS.ProcessEnv, seconds?: number }} [options]
 * @returns {Promise<InstallOutcome>}
 */
export function installElectron({ env = process.env, seconds = defaultFetchSeconds } = {}) {
  let installer;
  try {
    installer = createRequire(import.meta.url).resolve('electron/install.js');
  } catch {
    return Promise.resolve({ ok: false, reason: 'the electron package is missing; run npm ci' });
  }
  const child = spawn(process.execPath, ['--import', causeHook, installer], {
    env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, seconds * 1000);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: `the installer could not run (${error.message})` });
    });
    child.once('close', (status) => {
      clearTimeout(timer);
      if (timedOut)
        resolve({
          ok: false,
          reason: `the download did not finish within ${seconds === 1 ? 'a second' : `${seconds} seconds`}`,
        });
      else if (status === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: describeInstallFailure(stderr, status) });
    });
  });
}

/** @type {Record<string, (host: string) => string>} */
const causeWords = {
  ENOTFOUND: (host) => `this machine could not look up ${host}: no internet connection, or no DNS`,
  EAI_AGAIN: (host) => `this machine could not look up ${host}: no internet connection, or no DNS`,
  ECONNREFUSED: (host) => `${host} refused the connection`,
  ECONNRESET: (host) => `the connection to ${host} was cut off`,
  ETIMEDOUT: (host) => `the connection to ${host} timed out`,
  UND_ERR_CONNECT_TIMEOUT: (host) => `the connection to ${host} timed out`,
  ENETUNREACH: (host) => `${host} cannot be reached from this network`,
  EHOSTUNREACH: (host) => `${host} cannot be reached from this network`,
  CERT_HAS_EXPIRED: (host) => `${host}'s certificate has expired`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: (host) => `${host}'s certificate is not trusted here`,
  SELF_SIGNED_CERT_IN_CHAIN: (host) => `${host}'s certificate is not trusted here`,
};

/**
 * Turns the installer's stderr (a stack trace, plus the cause line from
 * electronFetchCause.mjs) into a few words a person can act on.
 * @param {string} stderr
 * @param {number | null} status
 * @returns {string}
 */
export function describeInstallFailure(stderr, status) {
  const causeLine = stderr.split('\n').find((line) => line.startsWith('deskid-fetch-cause '));
  if (causeLine !== undefined) {
    const { code, host = 'the download server' } = JSON.parse(causeLine.slice('deskid-fetch-cause '.length));
    const words = typeof code === 'string' ? causeWords[code] : undefined;
    return words === undefined ? `the download from ${host} failed (${code ?? 'no reason given'})` : words(host);
  }
  const http = /^HTTPError: Response code (\d+) \(([^)]*)\)/m.exec(stderr);
  if (http !== null) return `the download server answered ${http[1]} ${http[2]}`.trimEnd();
  if (/ChecksumMismatchError|did not match expected checksum/.test(stderr))
    return "the downloaded file did not match Electron's published checksum";
  const platform = /Electron builds are not available on platform: (\S+)/.exec(stderr);
  if (platform !== null) return `Electron publishes no build for ${platform[1]}`;
  const first = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  if (first === undefined) return `the installer stopped with status ${status}`;
  // An address may carry a mirror's credentials: never repeat one.
  return `the installer said: ${first.replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '(an address)')}`;
}
