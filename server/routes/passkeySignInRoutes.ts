import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
} from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import type { ReplyOf } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { succeedCode } from '../auth/methodFailures';
import { defineRoute } from '../http/defineRoute';
import { finishSignIn } from '../signin/finishSignIn';
import { loadTransaction, mayProve, openTransaction, provingFactors } from '../signin/transactions';
import { expectedOrigins } from './passkeyOrigins';

const failed = (why: string): ApiError =>
  new ApiError(
    'passkey_verification_failed',
    `The passkey could not be verified: ${why} Try again, or use another method.`,
  );

/** Passkey sign-in: as the MFA step of a transaction, or passwordless (discoverable). */
export function registerPasskeySignIn(app: FastifyInstance, ctx: AppContext): void {
  // Every MFA sign-in step shares one per-address count (limits.mfaPerMinute).
  const limit = { perMinute: ctx.config.limits.mfaPerMinute, limitGroup: 'mfa_sign_in' };

  defineRoute(
    app,
    'signInPasskeyOptions',
    async ({ body }) => {
      const transactionId =
        body.transaction ?? openTransaction(ctx, { accountId: null, purpose: 'passwordless', amr: [] }).id;
      const transaction = loadTransaction(ctx, transactionId);
      const allowCredentials =
        transaction.accountId === null
          ? []
          : provingFactors(ctx, transaction, transaction.accountId).flatMap((f) =>
              f.passkey !== null
                ? [{ id: f.passkey.credentialId, transports: f.passkey.transports as AuthenticatorTransport[] }]
                : [],
            );
      const ttl = ctx.config.limits.passkeyOptionsSeconds * 1000;
      const options = await generateAuthenticationOptions({
        rpID: ctx.config.rpId,
        allowCredentials,
        userVerification: 'required',
        timeout: ttl,
      });
      ctx.store.setTransactionChallenge(transaction.idHash, options.challenge, ctx.config.now() + ttl);
      // The library's JSON interfaces have no index signature; the reply schema checks the shape.
      return { transaction: transactionId, options: options as ReplyOf<'signInPasskeyOptions'>['options'] };
    },
    limit,
  );

  defineRoute(
    app,
    'signInPasskeyVerify',
    async ({ request, body }) => {
      const transaction = loadTransaction(ctx, body.transaction);
      const { challenge, challengeExpiresAt } = transaction;
      // Options are single use: whatever happens next, this challenge is spent.
      ctx.store.setTransactionChallenge(transaction.idHash, null, null);
      if (challenge === null || challengeExpiresAt === null || challengeExpiresAt <= ctx.config.now()) {
        throw failed('these passkey options were already used or have expired. Ask for new options.');
      }
      const factor = ctx.store.factorByCredentialId(body.response.id);
      if (factor?.passkey == null || !factor.verified) throw failed('this passkey is not registered here.');
      if (!mayProve(transaction, factor.addedBySession)) {
        throw failed('a passkey added in this session cannot confirm it is you. Choose another method.');
      }
      if (transaction.accountId !== null && factor.accountId !== transaction.accountId) {
        throw failed('this passkey belongs to another account.');
      }
      const account = ctx.store.accountById(factor.accountId);
      const userHandle = body.response.response.userHandle;
      if (account === undefined || (userHandle !== undefined && userHandle !== account.webauthnUserId)) {
        throw failed('the passkey does not match its account.');
      }
      let verification;
      try {
        verification = await verifyAuthenticationResponse({
          response: body.response as AuthenticationResponseJSON,
          expectedChallenge: challenge,
          expectedOrigin: expectedOrigins(ctx),
          expectedRPID: ctx.config.rpId,
          credential: {
            id: factor.passkey.credentialId,
            publicKey: factor.passkey.publicKey,
            counter: factor.passkey.counter,
            transports: factor.passkey.transports,
          },
          requireUserVerification: true,
        });
      } catch (error) {
        request.log.info({ reason: error instanceof Error ? error.message : 'unknown' }, 'passkey assertion refused');
        throw failed('the answer from your device did not check out.');
      }
      if (!verification.verified) throw failed('the answer from your device did not check out.');
      ctx.store.updateFactor(factor.id, {
        counter: verification.authenticationInfo.newCounter,
        lastUsedAt: ctx.config.now(),
      });
      succeedCode(ctx, factor.accountId, 'passkey', { signIn: true });
      const amr = [factor.passkey.deviceType === 'multiDevice' ? 'swk' : 'hwk', 'user'];
      return finishSignIn(ctx, transaction, factor.accountId, amr);
    },
    limit,
  );
}
