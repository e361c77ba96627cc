import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import { isEnforced, type AppContext } from '../AppContext';
import { changeAccountAs } from '../auth/sessions';
import { newId } from '../crypto/tokens';
import { proveWithCode } from '../factors/checkCode';
import { factorJson } from '../factors/factorJson';
import { assertMaySend, sendPhoneCode } from '../factors/phoneCodes';
import { newTotpSecret, otpauthUri } from '../factors/totp';
import { defineSessionRoute } from '../http/defineRoute';
import { maskPhone, parsePhone } from '../phone/parsePhone';

/** Adding phone and authenticator methods (scope `enroll` or `full`), and the email refusal. */
export function registerEnrollRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineSessionRoute(app, ctx, 'addPhone', async ({ auth, body }) => {
    const { account, session } = auth;
    const phone = parsePhone(body.number, body.country ?? ctx.config.defaultCountry);
    if (!phone.channels.includes(body.channel)) {
      throw new ApiError(
        'channel_not_supported',
        'This number is a landline and cannot receive text messages. Choose a voice call instead.',
        {
          channels: phone.channels,
        },
      );
    }
    const existing = ctx.store.factorsOf(account.id).filter((f) => f.phone?.e164 === phone.e164);
    if (existing.some((f) => f.verified)) {
      throw new ApiError('phone_already_enrolled', 'This number is already one of your sign-in methods.');
    }
    assertMaySend(ctx, phone.e164);
    const factor = {
      id: newId('fac'),
      accountId: account.id,
      addedBySession: session.tokenHash,
      type: 'phone' as const,
      label: `Phone ending ${phone.e164.slice(-4)}`,
      verified: false,
      createdAt: ctx.config.now(),
      lastUsedAt: null,
      phone,
      totp: null,
      passkey: null,
    };
    ctx.store.atomically(() => {
      for (const old of existing) ctx.store.deleteFactor(old.id);
      ctx.store.insertFactor(factor);
    });
    const sent = await sendPhoneCode(ctx, factor, body.channel);
    return { factorId: factor.id, e164: phone.e164, masked: maskPhone(phone.e164), lineType: phone.lineType, ...sent };
  });

  defineSessionRoute(app, ctx, 'resendCode', async ({ auth, params, body }) => {
    const { account } = auth;
    const factor = ctx.store.factorById(account.id, params.id);
    if (factor?.phone == null) throw new ApiError('factor_not_found', 'You have no phone with that id.');
    return sendPhoneCode(ctx, factor, body.channel);
  });

  defineSessionRoute(app, ctx, 'addTotp', ({ auth, body }) => {
    const { account, session } = auth;
    const secret = newTotpSecret();
    const id = newId('fac');
    ctx.store.insertFactor({
      id,
      accountId: account.id,
      addedBySession: session.tokenHash,
      type: 'totp',
      label: body.label ?? 'Authenticator app',
      verified: false,
      createdAt: ctx.config.now(),
      lastUsedAt: null,
      phone: null,
      totp: { secretCipher: ctx.box.seal(secret, `totp:${id}`), lastStep: null },
      passkey: null,
    });
    return {
      factorId: id,
      secret,
      otpauthUri: otpauthUri(ctx.config.rpName, account.username, secret),
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    };
  });

  defineSessionRoute(app, ctx, 'verifyFactor', async ({ auth, params, body }) => {
    const { account, session } = auth;
    const factor = ctx.store.factorById(account.id, params.id);
    if (factor === undefined) throw new ApiError('factor_not_found', 'You have no sign-in method with that id.');
    await proveWithCode(ctx, [factor], body.code, { signIn: false });
    changeAccountAs(ctx, session, () => ctx.store.updateFactor(factor.id, { verified: true }));
    return factorJson({ ...factor, verified: true, lastUsedAt: ctx.config.now() });
  });

  defineSessionRoute(
    app,
    ctx,
    'addEmail',
    () => {
      throw new ApiError(
        'email_recovery_not_allowed',
        isEnforced(ctx)
          ? `Email can no longer be used to sign in or recover your account (since ${ctx.config.enforceFrom}). Add a passkey, an authenticator app or a phone instead.`
          : `Email will not be accepted to sign in or recover your account from ${ctx.config.enforceFrom}. Add a passkey, an authenticator app or a phone instead.`,
      );
    },
    { ignoreBody: true },
  );
}
