import { DeskIdError } from '../../contract/DeskIdError';
import type { IdServerClient } from '../idserver/IdServerClient';

/** One way to finish the sign-in: what the person chose, and how to get their code. */
export interface SecondFactorPrompt {
  /**
   * Answers the one-time code for `method`: an authenticator code for `totp`, or the
   * code sent to `phone` (already sent by SMS when this is called).
   */
  code(method: 'totp' | 'phone', phone?: { masked: string }): Promise<string>;
}

/**
 * Signs the person in to their ID-server account (password, then an authenticator or
 * phone code: a full, fresh session) and downloads their recovery code, then signs out.
 * This is the ID-server proof a PIN reset needs: only someone who can sign in gets the code.
 */
export async function fetchRecoveryCodeBySignIn({
  client,
  username,
  password,
  prompt,
}: {
  client: IdServerClient;
  username: string;
  password: string;
  prompt: SecondFactorPrompt;
}): Promise<string> {
  const start = await client.signInPassword({ body: { username, password } });
  if (start.status !== 'mfa_required') {
    throw new DeskIdError(
      'pin_reset_required',
      'This ID-server account has no second sign-in method yet, so it cannot prove who you are. Set one up first.',
    );
  }
  const { transaction } = start;
  let token: string;
  if (start.methods.includes('totp')) {
    const code = await prompt.code('totp');
    token = (await client.signInTotp({ body: { transaction, code } })).session.token;
  } else {
    const phone = start.phones[0];
    if (!start.methods.includes('phone') || phone === undefined) {
      throw new DeskIdError(
        'pin_reset_required',
        'DeskID can check your identity with an authenticator or phone code. Your account has neither: ask IT to reset this profile.',
      );
    }
    await client.signInPhoneSend({ body: { transaction, factorId: phone.factorId, channel: 'sms' } });
    const code = await prompt.code('phone', { masked: phone.masked });
    token = (await client.signInPhoneVerify({ body: { transaction, factorId: phone.factorId, code } })).session.token;
  }
  try {
    return (await client.getRecoveryCode({ token })).code;
  } finally {
    await client.signOut({ token }).catch(() => undefined);
  }
}
