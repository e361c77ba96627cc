import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import type { ReplyOf } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { storedAccount } from '../auth/authenticate';
import { changeAccountAs } from '../auth/sessions';
import { newId } from '../crypto/tokens';
import { factorJson } from '../factors/factorJson';
import { defineSessionRoute } from '../http/defineRoute';
import type { FactorRecord } from '../store/Store';
import { expectedOrigins } from './passkeyOrigins';

const failed = (why: string): ApiError =>
  new ApiError('passkey_verification_failed', `The passkey could not be set up: ${why} Try again.`);

/** Registering a passkey: creation options, then the authenticator's answer. */
export function registerPasskeyEnroll(app: FastifyInstance, ctx: AppContext): void {
  defineSessionRoute(app, ctx, 'passkeyRegistrationOptions', async ({ auth, body }) => {
    const account = storedAccount(ctx, auth);
    const passkeys = ctx.store.factorsOf(account.id).flatMap((f) => (f.passkey === null ? [] : [f.passkey]));
    const ttl = ctx.config.limits.passkeyOptionsSeconds * 1000;
    const options = await generateRegistrationOptions({
      rpName: ctx.config.rpName,
      rpID: ctx.config.rpId,
      userName: account.username,
      userDisplayName: account.displayName,
      userID: Buffer.from(account.webauthnUserId, 'base64url'),
      attestationType: 'none',
      timeout: ttl,
      excludeCredentials: passkeys.map((p) => ({
        id: p.credentialId,
        transports: p.transports as AuthenticatorTransport[],
      })),
      authenticatorSelection: {
        authenticatorAttachment: 'platform',
        residentKey: 'required',
        userVerification: 'required',
      },
    });
    ctx.store.putRegistrationChallenge(account.id, options.challenge, body.label ?? null, ctx.config.now() + ttl);
    // The library's JSON interfaces have no index signature; the reply schema checks the shape.
    return { options: options as ReplyOf<'passkeyRegistrationOptions'>['options'] };
  });

  defineSessionRoute(app, ctx, 'passkeyRegistrationVerify', async ({ auth, body, request }) => {
    const { account, session } = auth;
    const pending = ctx.store.takeRegistrationChallenge(account.id);
    if (pending === undefined || pending.expiresAt <= ctx.config.now()) {
      throw failed('the setup request was already used or has expired. Start the passkey setup again.');
    }
    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response: body.response as RegistrationResponseJSON,
        expectedChallenge: pending.challenge,
        expectedOrigin: expectedOrigins(ctx),
        expectedRPID: ctx.config.rpId,
        requireUserVerification: true,
      });
    } catch (error) {
      request.log.info({ reason: error instanceof Error ? error.message : 'unknown' }, 'passkey registration refused');
      throw failed('the answer from your device did not check out.');
    }
    if (!verification.verified) throw failed('the answer from your device did not check out.');
    const info = verification.registrationInfo;
    if (ctx.store.factorByCredentialId(info.credential.id) !== undefined) {
      throw failed('this passkey is already registered.');
    }
    const factor: FactorRecord = {
      id: newId('fac'),
      accountId: account.id,
      addedBySession: session.tokenHash,
      type: 'passkey',
      label: body.label ?? pending.label ?? 'Passkey',
      verified: true,
      createdAt: ctx.config.now(),
      lastUsedAt: null,
      phone: null,
      totp: null,
      passkey: {
        credentialId: info.credential.id,
        publicKey: info.credential.publicKey,
        counter: info.credential.counter,
        deviceType: info.credentialDeviceType,
        backedUp: info.credentialBackedUp,
        transports: body.response.response.transports ?? info.credential.transports ?? [],
      },
    };
    changeAccountAs(ctx, session, () => ctx.store.insertFactor(factor));
    return factorJson(factor);
  });
}
