import { DeskIdError } from '../../contract/DeskIdError';
import type { MfaMethod, SignedIn } from '../../../protocol';
import { createIdServerClient, type IdServerClient } from '../idserver/IdServerClient';

/** A phone the open MFA step can send a code to (masked; the full number stays on the server). */
export interface PhoneChoice {
  factorId: string;
  masked: string;
  channels: ('sms' | 'voice')[];
}

/** The open MFA step, as the handlers may see it: no transaction in it. */
export interface OpenMfaStep {
  purpose: 'sign_in' | 'step_up';
  username: string;
  methods: MfaMethod[];
  phones: PhoneChoice[];
}

/** How a finished step ended, without its token. */
export interface SignInOutcome {
  warnings: string[];
  recoveryCodeConsumed: boolean;
}

/** The recovery code this session showed (issued or downloaded), kept in memory to show and save again. */
export interface HeldRecoveryCode {
  code: string;
  issuedAt: string;
}

interface OpenTransaction extends OpenMfaStep {
  transaction: string;
}

/** Where the ID server is: read at each call, since the host may start its embedded server after wiring. */
export interface IdServerSessionOptions {
  server: { url: string };
  /** For tests: the client to use instead of one made for `server.url`. */
  createClient?: (baseUrl: string) => IdServerClient;
}

/** The step without its transaction. */
function stepOf({ purpose, username, methods, phones }: OpenTransaction): OpenMfaStep {
  return { purpose, username, methods, phones };
}

const notSignedIn = (): DeskIdError =>
  new DeskIdError('unauthorized', 'You are not signed in to your ID account. Sign in first.');
const sessionEnded = (): DeskIdError => new DeskIdError('unauthorized', 'Your sign-in has ended. Sign in again.');
const noOpenStep = (): DeskIdError =>
  new DeskIdError(
    'transaction_not_found',
    'There is no sign-in step waiting for a code. Start again with your username and password.',
  );

/**
 * The host's one session with the ID server (one per host process). It holds, in memory
 * only, the session token, the open MFA transaction (a sign-in or a step-up) and the
 * recovery code this session showed; none of them is ever written to disk, logged, put
 * in an error or handed to the renderer: callers get the protocol's answers without them.
 *
 * - A sign-in that finishes replaces any earlier session, which is revoked (best effort).
 * - A step-up's transaction is finished by the same MFA calls; the server answers with
 *   the same token and the session is fresh again.
 * - A `401 unauthorized` to a session call forgets the session and answers
 *   `unauthorized` in words ("Your sign-in has ended. Sign in again.").
 */
export class IdServerSession {
  private token: string | undefined;
  private account: string | undefined;
  private open: OpenTransaction | undefined;
  private recoveryCode: HeldRecoveryCode | undefined;
  private cached: { url: string; client: IdServerClient } | undefined;
  /** The address of the server the held session and open step came from. */
  private heldAt: string | undefined;

  constructor(private readonly options: IdServerSessionOptions) {}

  /** The ID server's address (origin), as configured now. */
  get serverUrl(): string {
    return this.options.server.url;
  }

  /** The client for the ID server's current address. */
  get client(): IdServerClient {
    this.followServer();
    const url = this.options.server.url;
    if (this.cached?.url !== url) {
      if (url === '')
        throw new DeskIdError('server_unreachable', 'The ID server has not started yet. Try again in a moment.');
      const create = this.options.createClient ?? ((baseUrl: string) => createIdServerClient({ baseUrl }));
      this.cached = { url, client: create(url) };
    }
    return this.cached.client;
  }

  /**
   * A session belongs to the server that issued it. When the address changes while
   * running (machine policy's `serverUrl`), the session, the open step and the recovery
   * code are forgotten and the session is ended at the old server (best effort), before
   * anything else reads them: no token or transaction of one server is ever sent to
   * another. The person signs in again.
   */
  private followServer(): void {
    const at = this.heldAt;
    const url = this.options.server.url;
    if (at === undefined || at === url || url === '') return;
    const token = this.token;
    this.forget();
    if (token !== undefined) this.endAt(at, token);
  }

  /** Ends `token`'s session at `url` (best effort, not awaited): a server DeskID no longer uses. */
  private endAt(url: string, token: string): void {
    const client =
      this.cached?.url === url
        ? this.cached.client
        : (this.options.createClient ?? ((baseUrl: string) => createIdServerClient({ baseUrl })))(url);
    void client.signOut({ token }).catch(() => undefined);
  }

  /**
   * What a request started at `at` answered may be kept only if the address is still `at`;
   * else its session is ended there and the person is asked to sign in again.
   */
  private keepFrom(at: string, token?: string): void {
    if (at === this.options.server.url) {
      this.heldAt = at;
      return;
    }
    if (token !== undefined) this.endAt(at, token);
    this.followServer();
    throw sessionEnded();
  }

  /** True while a session is held. */
  get signedIn(): boolean {
    this.followServer();
    return this.token !== undefined;
  }

  /** The username of the held session or of the open sign-in step (as the server case-folds it). */
  get username(): string | undefined {
    this.followServer();
    return this.open?.username ?? this.account;
  }

  /**
   * The username of the held session only: the account files and links are made for.
   * (While another sign-in is open, `username` names that one instead.)
   */
  get accountName(): string | undefined {
    return this.signedIn ? this.account : undefined;
  }

  /** The open MFA step, or undefined. */
  get openStep(): OpenMfaStep | undefined {
    this.followServer();
    return this.open === undefined ? undefined : stepOf(this.open);
  }

  /**
   * The password step. `mfa_required` opens a sign-in transaction (the held session, if
   * any, stays until it finishes); a session answer replaces the held one.
   */
  async signInWithPassword(
    username: string,
    password: string,
  ): Promise<{ status: 'mfa_required'; step: OpenMfaStep } | ({ status: 'signed_in' } & SignInOutcome)> {
    const name = username.trim().toLowerCase();
    const client = this.client;
    const at = this.options.server.url;
    const reply = await client.signInPassword({ body: { username: name, password } });
    if (reply.status === 'mfa_required') {
      this.keepFrom(at);
      this.open = {
        purpose: 'sign_in',
        username: name,
        transaction: reply.transaction,
        methods: reply.methods,
        phones: reply.phones,
      };
      return { status: 'mfa_required', step: stepOf(this.open) };
    }
    this.keepFrom(at, reply.session.token);
    this.open = undefined;
    await this.adopt(reply.session.token, name);
    return reply.status === 'signed_in'
      ? { status: 'signed_in', warnings: reply.warnings, recoveryCodeConsumed: reply.recoveryCodeConsumed === true }
      : { status: 'signed_in', warnings: [], recoveryCodeConsumed: false };
  }

  /** Opens a step-up transaction on the held session. */
  async stepUp(): Promise<OpenMfaStep> {
    const account = this.account;
    const at = this.options.server.url;
    const reply = await this.withToken((token) => this.client.stepUp({ token }));
    if (account === undefined) throw notSignedIn();
    this.keepFrom(at);
    this.open = {
      purpose: 'step_up',
      username: account,
      transaction: reply.transaction,
      methods: reply.methods,
      phones: reply.phones,
    };
    return stepOf(this.open);
  }

  /**
   * Runs a request on the open transaction that does not finish it (sending a phone
   * code, passkey options). `next` replaces the transaction when the server answers a new one.
   */
  async onOpenStep<T>(run: (transaction: string) => Promise<T>, next?: (reply: T) => string): Promise<T> {
    this.followServer();
    const open = this.open;
    if (open === undefined) throw noOpenStep();
    const reply = await this.dropOnGone(run(open.transaction));
    if (next !== undefined && this.open === open) this.open = { ...open, transaction: next(reply) };
    return reply;
  }

  /**
   * Finishes the open transaction with an MFA proof. A sign-in's new session replaces the
   * held one; a step-up keeps the held session, now fresh.
   */
  async finishStep(run: (transaction: string) => Promise<SignedIn>): Promise<SignInOutcome> {
    this.followServer();
    const open = this.open;
    if (open === undefined) throw noOpenStep();
    if (open.purpose === 'step_up' && this.token === undefined) throw sessionEnded();
    const at = this.options.server.url;
    const reply = await this.dropOnGone(run(open.transaction));
    this.keepFrom(at, reply.session.token);
    if (this.open === open) this.open = undefined;
    if (open.purpose === 'sign_in' || reply.session.token !== this.token)
      await this.adopt(reply.session.token, open.username);
    return { warnings: reply.warnings, recoveryCodeConsumed: reply.recoveryCodeConsumed === true };
  }

  /**
   * Runs a request with the held session's token. Without one: `unauthorized` ("not
   * signed in"); when the server answers `401 unauthorized`, the session is forgotten and
   * the answer is `unauthorized` ("Your sign-in has ended. Sign in again.").
   */
  async withToken<T>(run: (token: string) => Promise<T>): Promise<T> {
    this.followServer();
    const token = this.token;
    if (token === undefined) throw notSignedIn();
    const at = this.options.server.url;
    try {
      const reply = await run(token);
      // An answer of the server DeskID used before a change of address is not acted on.
      this.keepFrom(at);
      return reply;
    } catch (error) {
      if (error instanceof DeskIdError && error.code === 'unauthorized') {
        if (this.token === token) this.forget();
        throw sessionEnded();
      }
      throw error;
    }
  }

  /** The recovery code this session showed, kept to show and save again; forgotten with the session. */
  get heldRecoveryCode(): HeldRecoveryCode | undefined {
    this.followServer();
    return this.recoveryCode;
  }

  /** Keeps the recovery code just shown (in memory, for this session only). */
  holdRecoveryCode(code: HeldRecoveryCode): void {
    this.followServer();
    // Only with the session it belongs to (not one ended by a change of server meanwhile).
    if (this.token === undefined) return;
    this.recoveryCode = code;
  }

  /** Ends the session on the server (best effort) and forgets everything held. */
  async signOut(): Promise<void> {
    this.followServer();
    const token = this.token;
    this.forget();
    if (token !== undefined) await this.revoke(token);
  }

  /** Forgets the session, the open step and the recovery code, without a request. */
  forget(): void {
    this.token = undefined;
    this.heldAt = undefined;
    this.account = undefined;
    this.open = undefined;
    this.recoveryCode = undefined;
  }

  private async adopt(token: string, username: string): Promise<void> {
    const previous = this.token;
    if (previous !== token) this.recoveryCode = undefined;
    this.token = token;
    this.account = username;
    if (previous !== undefined && previous !== token) await this.revoke(previous);
  }

  private async revoke(token: string): Promise<void> {
    // Best effort: an ended or unreachable session is gone for us either way.
    await this.client.signOut({ token }).catch(() => undefined);
  }

  /** A transaction the server no longer knows is dropped here too. */
  private async dropOnGone<T>(pending: Promise<T>): Promise<T> {
    try {
      return await pending;
    } catch (error) {
      if (error instanceof DeskIdError && error.code === 'transaction_not_found') this.open = undefined;
      throw error;
    }
  }
}
