import { retryError, ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { safeEqual, randomDigits } from '../crypto/tokens';
import type { FactorRecord } from '../store/Store';

/** The outcome of checking an SMS/voice code. */
export type PhoneCodeCheck = 'sms' | 'voice' | 'invalid' | 'expired' | 'used';

/**
 * Refuses a send when the number had one in the last `resendAfter` seconds or
 * `codesPerHour` in the last hour (`429 too_many_codes`). Shared by enrollment, resend
 * and sign-in.
 */
export function assertMaySend(ctx: AppContext, e164: string): void {
  const now = ctx.config.now();
  const { resendAfterSeconds, codesPerHour } = ctx.config.limits;
  const sends = ctx.store.codeSendsSince(e164, now - 3_600_000);
  const last = sends.at(-1);
  if (last !== undefined && last + resendAfterSeconds * 1000 > now) {
    throw retryError(
      'too_many_codes',
      `A code was just sent to this number. Wait ${resendAfterSeconds} seconds before asking for another.`,
      last + resendAfterSeconds * 1000 - now,
    );
  }
  const first = sends[0];
  if (sends.length >= codesPerHour && first !== undefined) {
    throw retryError(
      'too_many_codes',
      `This number has had ${codesPerHour} codes in the last hour. Wait, or use another method.`,
      first + 3_600_000 - now,
    );
  }
}

/** Sends a new 6-digit code to a phone factor by SMS or voice. */
export async function sendPhoneCode(
  ctx: AppContext,
  factor: FactorRecord,
  channel: 'sms' | 'voice',
): Promise<{ expiresIn: number; resendAfter: number }> {
  if (factor.phone === null) throw new ApiError('factor_not_found', 'That method is not a phone.');
  if (!factor.phone.channels.includes(channel)) {
    throw new ApiError(
      'channel_not_supported',
      'This number is a landline and cannot receive text messages. Choose a voice call instead.',
      {
        channels: factor.phone.channels,
      },
    );
  }
  assertMaySend(ctx, factor.phone.e164);
  const now = ctx.config.now();
  const code = randomDigits(6);
  const { codeTtlSeconds, resendAfterSeconds } = ctx.config.limits;
  ctx.store.atomically(() => {
    ctx.store.recordCodeSend(factor.phone?.e164 ?? '', now);
    ctx.store.insertPhoneCode({
      factorId: factor.id,
      codeHash: ctx.box.mac(code, 'phone-code'),
      channel,
      createdAt: now,
      expiresAt: now + codeTtlSeconds * 1000,
    });
  });
  const minutes = Math.round(codeTtlSeconds / 60);
  const text =
    channel === 'sms'
      ? `Your DeskID code is ${code}. It expires in ${minutes} minutes. Never share it.`
      : `Your DeskID code is ${code.split('').join(' ')}. Again: ${code.split('').join(' ')}.`;
  await ctx.sender.send({ to: factor.phone.e164, channel, code, text });
  return { expiresIn: codeTtlSeconds, resendAfter: resendAfterSeconds };
}

/** Checks a code against the factor's codes; a match is spent at once and names its channel. */
export function checkPhoneCode(ctx: AppContext, factor: FactorRecord, code: string): PhoneCodeCheck {
  const digits = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(digits)) return 'invalid';
  const mac = ctx.box.mac(digits, 'phone-code');
  const match = ctx.store.phoneCodesOf(factor.id).find((row) => safeEqual(row.codeHash, mac));
  if (match === undefined) return 'invalid';
  if (match.used) return 'used';
  if (match.expiresAt <= ctx.config.now()) return 'expired';
  ctx.store.markPhoneCodeUsed(match.id);
  return match.channel;
}
