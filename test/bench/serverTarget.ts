// The process the server benchmark measures (started by test/bench/server.ts, never by
// hand): it times raw Argon2id hashing with the server's parameters, starts the mock ID
// server and a bare Fastify route on loopback, prepares the fixtures, writes them to the
// file given as its argument and prints one JSON line. It stops on SIGTERM.
import argon2 from 'argon2';
import Fastify from 'fastify';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generate } from 'otplib';
import { hashToken, newId, newToken } from '../../server/crypto/tokens';
import { owaspArgon2 } from '../../server/crypto/passwordHasher';
import { createSession } from '../../server/auth/sessions';
import { newTotpSecret } from '../../server/factors/totp';
import { startServer } from '../../server/startServer';

/** What the target tells the benchmark. */
export interface TargetInfo {
  url: string;
  bareUrl: string;
  cores: number;
  /** POST here (with `?seconds=N`) to time raw Argon2id hashing in the server's process. */
  rawUrl: string;
  meToken: string;
  password: { username: string; password: string };
}

/** One prepared TOTP sign-in step: a live transaction and a code valid for it. */
export interface TotpFixture {
  transaction: string;
  code: string;
}

const fixtureFile = process.argv[2];
const totpCount = Number(process.argv[3] ?? '4000');
if (fixtureFile === undefined) throw new TypeError('Usage: serverTarget.ts FIXTURE_FILE [TOTP_COUNT]');

const cores = availableParallelism();

/** Raw Argon2id hashes with the server's default (OWASP) parameters, `cores` at a time, for `seconds`. */
async function rawHashes(seconds: number): Promise<number> {
  let count = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: cores }, async () => {
      while (performance.now() < end) {
        await argon2.hash('bench password for raw hashing', {
          type: argon2.argon2id,
          memoryCost: owaspArgon2.memoryKiB,
          timeCost: owaspArgon2.timeCost,
          parallelism: owaspArgon2.parallelism,
        });
        count += 1;
      }
    }),
  );
  return count;
}

/** Warnings and errors only, as an operator would run it under load. */
export const benchLogLevel = 'warn';
const server = await startServer({
  port: 0,
  logLevel: benchLogLevel,
  logStream: process.stderr,
  limits: { passwordPerMinute: 1_000_000_000, mfaPerMinute: 1_000_000_000 },
});
const bare = Fastify();
bare.get('/bare', () => ({ ok: true }));
// The benchmark asks for raw hashing rounds here, between its password sign-in rounds.
bare.post<{ Querystring: { seconds?: string } }>('/raw-argon2', async (request) => {
  const seconds = Number(request.query.seconds ?? '3');
  return { seconds, hashes: await rawHashes(seconds) };
});
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareAddress = bare.server.address();
const barePort = typeof bareAddress === 'object' && bareAddress !== null ? bareAddress.port : 0;

// The password account: no method, so each sign-in is one Argon2id verify and a new session.
const password = { username: 'bench.password', password: 'a bench password that is long' };
await fetch(`${server.url}/api/v1/accounts`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ...password, displayName: 'Bench' }),
});

// TOTP fixtures straight into the store: one account and authenticator per step (a TOTP
// step is accepted once per authenticator), each with an open sign-in transaction.
const { ctx } = server;
const passwordHash = await ctx.hasher.hash('not used by the TOTP steps');
const now = ctx.config.now();
const fixtures: TotpFixture[] = [];
for (let i = 0; i < totpCount; i += 1) {
  const accountId = newId('acc');
  const factorId = newId('fac');
  const secret = newTotpSecret();
  const transaction = newToken();
  ctx.store.atomically(() => {
    ctx.store.insertAccount({
      id: accountId,
      username: `bench.totp.${i}`,
      displayName: 'Bench',
      email: null,
      passwordHash,
      webauthnUserId: newToken(),
      createdAt: now,
      passwordFailures: 0,
      lockedUntil: 0,
      recovery: null,
    });
    ctx.store.insertFactor({
      id: factorId,
      accountId,
      type: 'totp',
      label: 'Bench',
      verified: true,
      createdAt: now,
      lastUsedAt: null,
      phone: null,
      totp: { secretCipher: ctx.box.seal(secret, `totp:${factorId}`), lastStep: null },
      addedBySession: null,
      passkey: null,
    });
    ctx.store.insertTransaction({
      idHash: hashToken(transaction),
      accountId,
      purpose: 'sign_in',
      sessionHash: null,
      sessionTokenCipher: null,
      amr: ['pwd'],
      expiresAt: now + 600_000,
      challenge: null,
      challengeExpiresAt: null,
    });
  });
  fixtures.push({ transaction, code: await generate({ secret, epoch: Math.floor(now / 1000) }) });
}
writeFileSync(fixtureFile, JSON.stringify(fixtures));

// A session for GET /me (on an account with a method, so /me has a factor to list).
const meAccount = ctx.store.accountByUsername('bench.totp.0');
if (meAccount === undefined) throw new Error('The bench accounts were not created.');
const meToken = createSession(ctx, meAccount.id, 'full').token;

const info: TargetInfo = {
  url: server.url,
  bareUrl: `http://127.0.0.1:${barePort}/bare`,
  rawUrl: `http://127.0.0.1:${barePort}/raw-argon2`,
  cores,
  meToken,
  password,
};
process.stdout.write(`${JSON.stringify(info)}\n`);

process.on('SIGTERM', () => {
  void Promise.all([server.close(), bare.close()]).then(() => process.exit(0));
});
