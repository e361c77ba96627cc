import type { z } from 'zod';
import type { phoneChoiceSchema, MfaMethod } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { isDisabled } from '../auth/methodFailures';
import { maskPhone } from '../phone/parsePhone';
import { hashToken, newToken } from '../crypto/tokens';
import type { FactorRecord, TransactionRecord } from '../store/Store';

/** Opens a transaction; returns its id (the only copy: the store keeps its hash). */
export function openTransaction(
  ctx: AppContext,
  init: {
    accountId: string | null;
    purpose: TransactionRecord['purpose'];
    amr: string[];
    session?: { hash: string; token: string };
  },
): { id: string; record: TransactionRecord } {
  const id = newToken();
  const idHash = hashToken(id);
  const record: TransactionRecord = {
    idHash,
    accountId: init.accountId,
    purpose: init.purpose,
    sessionHash: init.session?.hash ?? null,
    sessionTokenCipher: init.session ? ctx.box.seal(init.session.token, `step-up:${idHash}`) : null,
    amr: init.amr,
    expiresAt: ctx.config.now() + ctx.config.limits.transactionSeconds * 1000,
    challenge: null,
    challengeExpiresAt: null,
  };
  ctx.store.insertTransaction(record);
  return { id, record };
}

/** The live transaction with this id, or `404 transaction_not_found`. */
export function loadTransaction(ctx: AppContext, id: string): TransactionRecord {
  const record = ctx.store.transactionByHash(hashToken(id));
  if (record === undefined || record.expiresAt <= ctx.config.now()) {
    throw new ApiError(
      'transaction_not_found',
      'This sign-in has expired or was already finished. Start again with your username.',
    );
  }
  return record;
}

/** The transaction's account, for steps that need one (all but passwordless passkeys). */
export function accountOf(ctx: AppContext, transaction: TransactionRecord): string {
  if (transaction.accountId === null) {
    throw new ApiError(
      'transaction_not_found',
      'This sign-in has no account yet. Start again with your username, or use a passkey.',
    );
  }
  return transaction.accountId;
}

/**
 * True when a method added (or recovery code issued) by `addedBy` may finish the
 * transaction: a step-up is never proved by a method its own session added.
 */
export function mayProve(transaction: Pick<TransactionRecord, 'sessionHash'>, addedBy: string | null): boolean {
  return transaction.sessionHash === null || addedBy !== transaction.sessionHash;
}

/**
 * The account's verified factors that may finish the transaction (see `mayProve`).
 */
export function provingFactors(
  ctx: AppContext,
  transaction: Pick<TransactionRecord, 'sessionHash'>,
  accountId: string,
): FactorRecord[] {
  return ctx.store.factorsOf(accountId).filter((f) => f.verified && mayProve(transaction, f.addedBySession));
}

/**
 * What an account can finish an MFA step with, and its phones (masked). For a step-up,
 * `sessionHash` is the session's: what that session added is left out.
 */
export function mfaChoices(
  ctx: AppContext,
  accountId: string,
  sessionHash: string | null = null,
): { methods: MfaMethod[]; phones: z.infer<typeof phoneChoiceSchema>[] } {
  const factors = provingFactors(ctx, { sessionHash }, accountId);
  const account = ctx.store.accountById(accountId);
  const methods: MfaMethod[] = [];
  if (factors.some((f) => f.type === 'passkey')) methods.push('passkey');
  if (factors.some((f) => f.type === 'totp')) methods.push('totp');
  if (factors.some((f) => f.type === 'phone')) methods.push('phone');
  const recovery = account?.recovery ?? null;
  if (
    recovery !== null &&
    mayProve({ sessionHash }, recovery.issuerSession) &&
    !isDisabled(ctx, accountId, 'recovery_code')
  ) {
    methods.push('recovery_code');
  }
  const phones = factors.flatMap((f) =>
    f.phone === null ? [] : [{ factorId: f.id, masked: maskPhone(f.phone.e164), channels: f.phone.channels }],
  );
  return { methods, phones };
}
