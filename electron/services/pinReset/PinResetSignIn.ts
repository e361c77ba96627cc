import { DeskIdError } from '../../contract/DeskIdError';
import type { IdServerClient } from '../idserver/IdServerClient';

/** A phone the sign-in can text (or call) a code to; the full number stays on the server. */
export interface PinResetPhone {
  factorId: string;
  masked: string;
  channels: ('sms' | 'voice')[];
}

/** The second step the person can finish the sign-in with: what their account has. */
export interface PinResetMethods {
  methods: ('totp' | 'phone')[];
  phones: PinResetPhone[];
}

/** The code that finishes the sign-in: an authenticator code, or the code sent to a phone. */
export type PinResetProof = { method: 'totp'; code: string } | { method: 'phone'; factorId: string; code: string };

/**
 * The ID-server proof of a PIN reset, one step per call, so that a person can answer it
 * on a screen: the password (`start`), then an authenticator or phone code (`prove`),
 * which gives a full, fresh session; the recovery code is downloaded with it and the
 * session ended at once. The transaction and the recovery code live in this object only
 * (host memory), never on disk or in an answer; {@link forget} drops them.
 *
 * Only someone who can sign in to the account gets the recovery code, and the vault's
 * reset share is sealed under it (`RecoveryCodePinReset`).
 */
export class PinResetSignIn {
  private transaction: string | undefined;
  private code: string | undefined;

  private constructor(
    private readonly client: IdServerClient,
    transaction: string,
    /** The ways this account can finish the sign-in that DeskID can use for a reset. */
    readonly methods: PinResetMethods,
  ) {
    this.transaction = transaction;
  }

  /**
   * The password step for `username`. Refused with `pin_reset_required` (in words) when
   * the account has no authenticator or phone to finish with: then nothing proves who
   * the person is.
   */
  static async start({
    client,
    username,
    password,
  }: {
    client: IdServerClient;
    username: string;
    password: string;
  }): Promise<PinResetSignIn> {
    const reply = await client.signInPassword({ body: { username, password } });
    if (reply.status !== 'mfa_required') {
      throw new DeskIdError(
        'pin_reset_required',
        'This ID-server account has no second sign-in method yet, so it cannot prove who you are. Set one up first.',
      );
    }
    const methods = reply.methods.filter(
      (method): method is 'totp' | 'phone' => method === 'totp' || method === 'phone',
    );
    const phones = methods.includes('phone') ? reply.phones : [];
    if (methods.length === 0 || (methods.length === 1 && methods[0] === 'phone' && phones.length === 0)) {
      throw new DeskIdError(
        'pin_reset_required',
        'DeskID can check your identity with an authenticator or phone code. Your account has neither: ask IT to reset this profile.',
      );
    }
    return new PinResetSignIn(client, reply.transaction, { methods, phones });
  }

  /** Sends a code to one of the account's phones, by text message or voice call. */
  async sendPhoneCode(factorId: string, channel: 'sms' | 'voice'): Promise<{ expiresIn: number; resendAfter: number }> {
    return this.client.signInPhoneSend({ body: { transaction: this.openTransaction(), factorId, channel } });
  }

  /**
   * Finishes the sign-in with `proof`, downloads the recovery code and signs out. A wrong
   * code is the server's `invalid_code` (with `attemptsLeft`): the step stays open for
   * another try.
   */
  async prove(proof: PinResetProof): Promise<void> {
    const transaction = this.openTransaction();
    const reply =
      proof.method === 'totp'
        ? await this.client.signInTotp({ body: { transaction, code: proof.code } })
        : await this.client.signInPhoneVerify({ body: { transaction, factorId: proof.factorId, code: proof.code } });
    this.transaction = undefined;
    const { token } = reply.session;
    try {
      this.code = (await this.client.getRecoveryCode({ token })).code;
    } finally {
      await this.client.signOut({ token }).catch(() => undefined);
    }
  }

  /** True once {@link prove} succeeded. */
  get proved(): boolean {
    return this.code !== undefined;
  }

  /** The recovery code the proof downloaded; `TypeError` before it (a caller's mistake). */
  recoveryCode(): string {
    if (this.code === undefined) throw new TypeError('PinResetSignIn.recoveryCode before prove');
    return this.code;
  }

  /** Drops the transaction and the recovery code. */
  forget(): void {
    this.transaction = undefined;
    this.code = undefined;
  }

  private openTransaction(): string {
    if (this.transaction === undefined) {
      throw new DeskIdError(
        'transaction_not_found',
        'There is no sign-in step waiting for a code. Start again with your password.',
      );
    }
    return this.transaction;
  }
}
