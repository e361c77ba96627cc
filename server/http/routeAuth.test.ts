/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteSpec } from '../../protocol';
import { compliantAccount, testServer, type Answer, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000, accountsPerMinute: 1000 } });
});
afterAll(() => t.close());

const table = Object.entries(routes) as [string, RouteSpec][];
const withSession = table.filter(([, spec]) => spec.auth !== 'none');
const path = (spec: RouteSpec): string => spec.path.replace('{id}', 'fac_none');
const call = (spec: RouteSpec, token?: string): Promise<Answer> => t.call(spec.method, path(spec), undefined, token);
const outcome = (answer: Answer): [number, string | undefined] => [
  answer.status,
  answer.body?.error?.code as string | undefined,
];

async function enrollToken(): Promise<string> {
  const { username, password } = await t.account();
  return (await t.signIn(username, password)).body.session.token as string;
}

describe('each route enforces its table auth (protocol/routes.ts)', () => {
  it('marks fresh what api.md says needs a fresh full session: adding methods, removing one, the recovery code', () => {
    expect(withSession.filter(([, spec]) => spec.fresh === true).map(([name]) => name)).toEqual([
      'addPhone',
      'addTotp',
      'passkeyRegistrationOptions',
      'passkeyRegistrationVerify',
      'verifyFactor',
      'resendCode',
      'deleteFactor',
      'issueRecoveryCode',
      'getRecoveryCode',
    ]);
  });

  it('lists step_up_required, forbidden_scope and unauthorized where the table says they can happen', () => {
    for (const [name, spec] of withSession) {
      expect([name, spec.errors.includes('unauthorized')]).toEqual([name, true]);
      if (spec.auth === 'full') expect([name, spec.errors.includes('forbidden_scope')]).toEqual([name, true]);
      if (spec.fresh === true) expect([name, spec.errors.includes('step_up_required')]).toEqual([name, true]);
    }
  });

  it('no token: 401 unauthorized on every session route, never on a public one', async () => {
    for (const [name, spec] of table) {
      const [status, code] = outcome(await call(spec));
      if (spec.auth === 'none') expect([name, code]).not.toEqual([name, 'unauthorized']);
      else expect([name, status, code]).toEqual([name, 401, 'unauthorized']);
    }
  });

  it('an enroll session: 403 forbidden_scope on every full-only route, let through on the others', async () => {
    for (const [name, spec] of withSession) {
      // A session per route: signing out or issuing a code must not change the next check.
      const [status, code] = outcome(await call(spec, await enrollToken()));
      if (spec.auth === 'full') expect([name, status, code]).toEqual([name, 403, 'forbidden_scope']);
      else expect([name, status, code]).not.toContainEqual(expect.stringMatching(/^(forbidden_scope|unauthorized)$/));
    }
  });

  it('a stale full session: 401 step_up_required exactly on the routes the table marks fresh', async () => {
    for (const [name, spec] of withSession) {
      const { token } = await compliantAccount(t);
      t.clock.advance(601);
      const [, code] = outcome(await call(spec, token));
      expect([name, code === 'step_up_required']).toEqual([name, spec.fresh === true]);
    }
  });
});
