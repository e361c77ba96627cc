import type { IdServerClient } from '../idserver/IdServerClient';
import { PinResetSignIn } from './PinResetSignIn';

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
 * The steps are {@link PinResetSignIn}'s; this asks for the code through `prompt`
 * (an authenticator code when the account has one, else a text message to its first phone).
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
  const signIn = await PinResetSignIn.start({ client, username, password });
  const phone = signIn.methods.phones[0];
  if (signIn.methods.methods.includes('totp') || phone === undefined) {
    await signIn.prove({ method: 'totp', code: await prompt.code('totp') });
  } else {
    await signIn.sendPhoneCode(phone.factorId, 'sms');
    const code = await prompt.code('phone', { masked: phone.masked });
    await signIn.prove({ method: 'phone', factorId: phone.factorId, code });
  }
  return signIn.recoveryCode();
}
