import { owaspArgon2, type Argon2Cost } from './crypto/passwordHasher';
import type { CodeSender } from './phone/CodeSender';
import { resolveDevOutbox } from './phone/devOutboxSetting';

/** Limits of `shared/api.md` ("Limits"); every one can be changed, these are the defaults. */
export interface Limits {
  /** Consecutive password failures that lock the account. */
  passwordFailures: number;
  /** Password attempts per client address per minute. */
  passwordPerMinute: number;
  /** Account creation attempts per client address per minute. */
  accountsPerMinute: number;
  /** MFA sign-in attempts per client address per minute (all MFA sign-in steps together, one count). */
  mfaPerMinute: number;
  /** Consecutive one-time-code failures that lock the method. */
  codeFailures: number;
  /** Consecutive one-time-code failures that disable the method. */
  codeDisableAfter: number;
  /** Lock length for the account and for a method, seconds. */
  lockSeconds: number;
  /** SMS/voice code lifetime, seconds. */
  codeTtlSeconds: number;
  /** Minimum gap between two code sends to one number, seconds. */
  resendAfterSeconds: number;
  /** Code sends to one number per hour. */
  codesPerHour: number;
  /** Sign-in transaction lifetime, seconds. */
  transactionSeconds: number;
  /** Passkey options lifetime, seconds. */
  passkeyOptionsSeconds: number;
  /** How long a session stays fresh after an MFA proof, seconds. */
  freshSeconds: number;
  /** `full` session lifetime, seconds. */
  sessionSeconds: number;
  /** `enroll` session lifetime, seconds. */
  enrollSessionSeconds: number;
}

export const defaultLimits: Limits = {
  passwordFailures: 10,
  passwordPerMinute: 30,
  accountsPerMinute: 30,
  mfaPerMinute: 60,
  codeFailures: 5,
  codeDisableAfter: 100,
  lockSeconds: 900,
  codeTtlSeconds: 300,
  resendAfterSeconds: 30,
  codesPerHour: 5,
  transactionSeconds: 600,
  passkeyOptionsSeconds: 300,
  freshSeconds: 600,
  sessionSeconds: 12 * 3600,
  enrollSessionSeconds: 3600,
};

/** Everything `startServer` accepts. Only what differs from the defaults need be given. */
export interface ServerOptions {
  /** TCP port; 0 picks a free one. Default 4123. */
  port?: number;
  /** Listen address. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** SQLite file, or `:memory:` (the default). */
  db?: string;
  /** Server key file (32 bytes, mode 0600). Default: `server.key` beside a file database. */
  secretKeyFile?: string;
  /** Policy enforcement date, `YYYY-MM-DD`. Default 2025-03-07. */
  enforceFrom?: string;
  /** WebAuthn RP ID. Default `localhost`. */
  rpId?: string;
  /** WebAuthn RP name. Default `DeskID`. */
  rpName?: string;
  /** Allowed WebAuthn origins. Default `http://localhost:<port>`. */
  origins?: string[];
  /** Default phone country (ISO 3166 alpha-2). Default `US`. */
  defaultCountry?: string;
  /**
   * Serve `/api/v1/dev/outbox` and send codes there. Default: on while the server listens
   * on loopback and has no `codeSender`, else off. `true` on a non-loopback `host` or
   * beside a `codeSender` stops start-up with a `TypeError`.
   */
  devOutbox?: boolean;
  /** A real SMS/voice provider; replaces the development outbox as the sender (which is then off). */
  codeSender?: CodeSender;
  /** `demo` creates the documented demo accounts at start. */
  seed?: 'demo';
  /** pino level. Default `silent` in-process, `info` from the CLI. */
  logLevel?: string;
  /** Where logs go (a pino destination stream). Default stdout. */
  logStream?: NodeJS.WritableStream;
  /** Argon2id cost; never below OWASP's m = 19 MiB, t = 2. */
  argon2?: Partial<Argon2Cost>;
  limits?: Partial<Limits>;
  /** The clock, epoch milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** Options after defaults and validation. */
export interface ServerConfig {
  port: number;
  host: string;
  db: string;
  secretKeyFile: string | undefined;
  enforceFrom: string;
  enforceFromMs: number;
  rpId: string;
  rpName: string;
  origins: string[] | undefined;
  defaultCountry: string;
  devOutbox: boolean;
  codeSender: CodeSender | undefined;
  seed: 'demo' | undefined;
  logLevel: string;
  logStream: NodeJS.WritableStream | undefined;
  argon2: Argon2Cost;
  limits: Limits;
  now: () => number;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function fail(option: string, message: string): never {
  throw new TypeError(`${option}: ${message}`);
}

function positiveInt(option: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    fail(option, `expected a whole number of at least 1, got ${String(value)}.`);
  return value;
}

/**
 * Applies the defaults and checks every option once, at start. A bad option throws a
 * `TypeError` whose message starts with the option's name.
 */
export function resolveConfig(options: ServerOptions): ServerConfig {
  const port = options.port ?? 4123;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) fail('port', `expected 0-65535, got ${String(port)}.`);
  const enforceFrom = options.enforceFrom ?? '2025-03-07';
  const enforceFromMs = Date.parse(`${enforceFrom}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(enforceFrom) ||
    Number.isNaN(enforceFromMs) ||
    new Date(enforceFromMs).toISOString().slice(0, 10) !== enforceFrom
  ) {
    fail('enforceFrom', `expected a date as YYYY-MM-DD, got "${enforceFrom}".`);
  }
  const rpId = options.rpId ?? 'localhost';
  if (!/^[a-z0-9.-]+$/i.test(rpId)) fail('rpId', `expected a domain name such as "localhost", got "${rpId}".`);
  const origins = options.origins?.length === 0 ? undefined : options.origins;
  for (const origin of origins ?? []) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      fail('origin', `"${origin}" is not a URL; give one like http://localhost:4799.`);
    }
    if (url.origin !== origin.replace(/\/$/, ''))
      fail('origin', `"${origin}" must be an origin only (scheme, host, port), like ${url.origin}.`);
    if (url.hostname !== rpId && !url.hostname.endsWith(`.${rpId}`)) {
      fail('origin', `"${origin}" is not on the RP ID "${rpId}"; passkeys need its host to be ${rpId} or under it.`);
    }
  }
  const defaultCountry = (options.defaultCountry ?? 'US').toUpperCase();
  if (!/^[A-Z]{2}$/.test(defaultCountry))
    fail('defaultCountry', `expected an ISO 3166 alpha-2 code, got "${defaultCountry}".`);
  const logLevel = options.logLevel ?? 'silent';
  if (!logLevels.includes(logLevel)) fail('logLevel', `expected one of ${logLevels.join(', ')}, got "${logLevel}".`);
  const argon2 = { ...owaspArgon2, ...options.argon2 };
  if (argon2.memoryKiB < owaspArgon2.memoryKiB)
    fail('argon2.memoryKiB', `must be at least ${owaspArgon2.memoryKiB} (19 MiB, OWASP).`);
  if (argon2.timeCost < owaspArgon2.timeCost)
    fail('argon2.timeCost', `must be at least ${owaspArgon2.timeCost} (OWASP).`);
  positiveInt('argon2.parallelism', argon2.parallelism);
  const limits = { ...defaultLimits, ...options.limits };
  for (const [name, value] of Object.entries(limits)) positiveInt(`limits.${name}`, value);
  const host = options.host ?? '127.0.0.1';
  if (host === '') fail('host', 'expected an address to listen on, such as 127.0.0.1.');
  const devOutbox = resolveDevOutbox({ requested: options.devOutbox, host, codeSender: options.codeSender });
  const db = options.db ?? ':memory:';
  if (db === '') fail('db', 'expected a file path or ":memory:".');
  if (options.seed !== undefined && (options.seed as string) !== 'demo')
    fail('seed', `the only seed is "demo", got "${options.seed}".`);
  return {
    port,
    host,
    db,
    secretKeyFile: options.secretKeyFile,
    enforceFrom,
    enforceFromMs,
    rpId,
    rpName: options.rpName ?? 'DeskID',
    origins: origins?.map((origin) => origin.replace(/\/$/, '')),
    defaultCountry,
    devOutbox,
    codeSender: options.codeSender,
    seed: options.seed,
    logLevel,
    logStream: options.logStream,
    argon2,
    limits,
    now: options.now ?? Date.now,
  };
}
