import { DeskIdError } from '../../contract/DeskIdError';
import { otpLimits } from '../../contract/otpRules';
import { accountSchema, type Account, type NewAccount } from '../authenticator/accountSchema';
import { addAccounts, type AddAccountsResult } from '../authenticator/addAccounts';
import { advanceHotpCounter } from '../authenticator/advanceHotpCounter';
import { findDuplicate } from '../authenticator/findDuplicate';
import { formatOtpauthUri } from '../authenticator/formatOtpauthUri';
import { createUsedCodeTracker, type UsedCodeTracker } from '../authenticator/createUsedCodeTracker';
import { generateCode, type GeneratedCode } from '../authenticator/generateCode';
import type { AccountSource } from '../audit/auditFormats';
import type { AuditLog } from '../audit/AuditLog';
import { exportDisabled, type ExportPolicy } from '../backup/ExportPolicy';
import { stripUnsafeCharacters } from '../text/unsafeText';
import type { AuditSink, Vault } from '../vault/Vault';

const entryPrefix = 'account:';

/**
 * How far back in the audit log a copy can still mark a code as used: the longest time
 * step an account may have (`otpLimits.maxPeriod`), with room for a clock set back a few
 * minutes.
 */
const copyLookBackMs = (otpLimits.maxPeriod + 10 * 60) * 1000;

/**
 * The authenticator accounts of one profile, kept as entries of its (unlocked) vault.
 * Joins the pure authenticator functions to storage and the audit log.
 */
export class AccountBook {
  private trackerLoad: Promise<UsedCodeTracker> | undefined;

  constructor(
    private readonly vault: Vault,
    private readonly audit?: AuditSink & Partial<Pick<AuditLog, 'readRecent'>>,
  ) {}

  /** Every account, in sort order. */
  async list(): Promise<Account[]> {
    const entries = await this.vault.entries();
    return entries
      .filter((entry) => entry.id.startsWith(entryPrefix))
      .map((entry) => parseAccount(entry.id, entry.value))
      .sort((a, b) => a.sortOrder - b.sortOrder);
  }

  /** The accounts of these ids that are still in the vault, each decrypted alone. */
  private async byIds(ids: readonly string[]): Promise<Map<string, Account>> {
    const found = new Map<string, Account>();
    for (const id of new Set(ids)) {
      const value = await this.vault.get(entryPrefix + id);
      if (value !== undefined) found.set(id, parseAccount(entryPrefix + id, value));
    }
    return found;
  }

  /**
   * Adds accounts in one atomic write. Duplicates (same issuer, label and secret) are
   * reported in the result, never added twice. `source` (where they come from: an import
   * format, `manual` or `id_server`) is what the audit log's import event names.
   */
  async add(incoming: readonly NewAccount[], source: AccountSource = 'manual'): Promise<AddAccountsResult> {
    const result = addAccounts(await this.list(), incoming);
    if (result.added.length > 0) {
      await this.vault.putMany(result.added.map((account) => ({ id: entryPrefix + account.id, value: account })));
    }
    await this.audit?.append({ type: 'import', outcome: 'ok', format: source, count: result.added.length });
    return result;
  }

  /**
   * Removes accounts that repeat an earlier one (same issuer, label and secret), keeping
   * the first in sort order. Restoring a backup by merge can bring such repeats in, since
   * entries are matched by id there. Answers the removed accounts.
   */
  async removeDuplicates(): Promise<Account[]> {
    const kept: Account[] = [];
    const removed: Account[] = [];
    for (const account of await this.list()) {
      if (findDuplicate(kept, account) === undefined) kept.push(account);
      else removed.push(account);
    }
    for (const account of removed) await this.vault.delete(entryPrefix + account.id);
    return removed;
  }

  /** Removes an account; `account_not_found` when there is none with this id. */
  async remove(id: string): Promise<void> {
    if (!(await this.vault.delete(entryPrefix + id))) throw notFound(id);
  }

  /**
   * Finds one account by id, or by a case-insensitive match on "issuer", "label" or
   * "issuer:label". No match or several: `account_not_found`, naming the candidates.
   */
  async find(query: string): Promise<Account> {
    const accounts = await this.list();
    const byId = accounts.find((account) => account.id === query);
    if (byId !== undefined) return byId;
    const wanted = query.trim().toLocaleLowerCase();
    const matches = accounts.filter((account) =>
      [account.issuer, account.label, `${account.issuer}:${account.label}`]
        .map((name) => name.toLocaleLowerCase())
        .includes(wanted),
    );
    const [only] = matches;
    if (only !== undefined && matches.length === 1) return only;
    if (matches.length > 1) {
      throw new DeskIdError(
        'account_not_found',
        `Several accounts match "${query}". Use "issuer:label" or the account id.`,
        { matches: matches.map(describe) },
      );
    }
    throw notFound(query);
  }

  /**
   * The current code of an account. For HOTP the counter moves on and is saved first,
   * so the same code is never shown twice.
   */
  async code(account: Account, now: number = Date.now()): Promise<GeneratedCode> {
    const generated = generateCode(account, now);
    if (account.type === 'hotp') {
      const next = advanceHotpCounter(account);
      await this.vault.put(entryPrefix + next.id, next);
    }
    return generated;
  }

  /**
   * The code a person is about to copy (or read off the screen): recorded in the audit
   * log as `code_copied`, and `alreadyUsed` when a code of the same time step of this
   * account was copied here before (the server refuses a code twice, so wait for the next).
   * Earlier copies are learnt from the audit log, so this holds across restarts.
   */
  async copyCode(account: Account, now: number = Date.now()): Promise<GeneratedCode & { alreadyUsed: boolean }> {
    const alreadyUsed = await this.recordCopy(account, now);
    const generated = await this.code(account, now);
    return { ...generated, alreadyUsed };
  }

  /**
   * Records the copy of a code already made (an HOTP code shown by "next code"): audit
   * `code_copied`, and whether this step's or counter's code was copied here before.
   */
  async recordCopy(account: Account, now: number = Date.now()): Promise<boolean> {
    const tracker = await this.tracker();
    const alreadyUsed = tracker.recordCopy(account, now);
    await this.audit?.append({ type: 'code_copied', outcome: 'ok', accountId: account.id });
    return alreadyUsed;
  }

  /** Whether the current code of `account` was already copied here (see {@link copyCode}). */
  async alreadyUsed(account: Account, now: number = Date.now()): Promise<boolean> {
    const tracker = await this.tracker();
    return tracker.isUsed(account, now);
  }

  /**
   * {@link alreadyUsed} for a whole list: the tracker is read once, then each account is
   * a lookup (the codes screen asks for every account at once).
   */
  async usedCodes(): Promise<(account: Account, now: number) => boolean> {
    const tracker = await this.tracker();
    return (account, now) => tracker.isUsed(account, now);
  }

  /**
   * Starts reading what is slow to read the first time (the copies in the audit log) in
   * the background, so the first list of codes after an unlock does not wait for it. A
   * failure is left for the call that needs the tracker to report (it reads again).
   */
  prepare(): void {
    this.tracker().catch(() => undefined);
  }

  /**
   * A stamp of the accounts as stored: the vault's generation (one more on every write)
   * and the ids and times of their vault entries (read without decrypting them). Any write
   * of an account, here or around this book (a backup restored), changes it, even two in
   * the same millisecond of the clock, which the times alone would not tell apart.
   */
  async revision(): Promise<string> {
    const entries = await this.vault.list();
    const stamps = entries
      .filter((entry) => entry.id.startsWith(entryPrefix))
      .map((entry) => `${entry.id}@${entry.createdAt}/${entry.updatedAt}`);
    return [`generation ${this.vault.info().generation}`, ...stamps].join('\n');
  }

  /** The "already used" tracker, read from the audit log once (again if that failed). */
  private tracker(): Promise<UsedCodeTracker> {
    if (this.trackerLoad === undefined) {
      const loading = this.loadUsedCodes();
      this.trackerLoad = loading;
      loading.catch(() => {
        if (this.trackerLoad === loading) this.trackerLoad = undefined;
      });
    }
    return this.trackerLoad;
  }

  /** Gives an account a new issuer and label (control characters removed); answers it. */
  async rename(id: string, names: { issuer: string; label: string }): Promise<Account> {
    const account = (await this.list()).find((candidate) => candidate.id === id);
    if (account === undefined) throw notFound(id);
    const renamed = accountSchema.parse({
      ...account,
      issuer: stripUnsafeCharacters(names.issuer).trim(),
      label: stripUnsafeCharacters(names.label).trim(),
    });
    await this.vault.put(entryPrefix + id, renamed);
    return renamed;
  }

  /** Puts the accounts in the order of `ids`, which must name every account once (`invalid_account`). */
  async reorder(ids: readonly string[]): Promise<void> {
    const accounts = new Map((await this.list()).map((account) => [account.id, account]));
    const ordered = ids.flatMap((id) => accounts.get(id) ?? []);
    if (ids.length !== accounts.size || new Set(ids).size !== ids.length || ordered.length !== ids.length) {
      throw new DeskIdError(
        'invalid_account',
        'The new order must name every account once. Reload the list and try again.',
      );
    }
    await this.vault.putMany(
      ordered.map((account, sortOrder) => ({ id: entryPrefix + account.id, value: { ...account, sortOrder } })),
    );
  }

  /**
   * Replays the recent copies in the audit log into a tracker of used codes: only a copy
   * of the current time step can mark a code, so the log is read back from its end for
   * {@link copyLookBackMs} only. It grows to 1 MiB (about 6,000 copies) before it
   * rotates; read whole at that size, it kept the first list of codes after an unlock
   * waiting 25-48 ms in the host instead of 4-11 (`bench:authenticator --full-audit-log`,
   * docs/benchmarks/authenticator.md). Only the accounts copied in that stretch are
   * decrypted (all of them were, a second time, whenever it held a copy).
   */
  private async loadUsedCodes(): Promise<UsedCodeTracker> {
    const tracker = createUsedCodeTracker();
    const records = (await this.audit?.readRecent?.(copyLookBackMs)) ?? [];
    const copies = records.filter((record) => record.type === 'code_copied');
    if (copies.length === 0) return tracker;
    // Only the accounts copied in that stretch (a few), not all of them.
    const accounts = await this.byIds(copies.flatMap((record) => record.accountId ?? []));
    for (const record of copies) {
      const account = accounts.get(record.accountId ?? '');
      if (account !== undefined && account.type !== 'hotp') tracker.recordCopy(account, Date.parse(record.at));
    }
    return tracker;
  }

  /**
   * Every account as an `otpauth://` URI: plain secrets, so it is refused when policy
   * switches exports off, and audited either way.
   */
  async exportOtpauthUris(policy: ExportPolicy): Promise<string[]> {
    if (!policy.exportsAllowed) {
      await this.audit?.append({ type: 'export', outcome: 'refused', format: 'otpauth', reason: 'export_disabled' });
      throw exportDisabled();
    }
    const uris = (await this.list()).map((account) => formatOtpauthUri(account));
    await this.audit?.append({ type: 'export', outcome: 'ok', format: 'otpauth', count: uris.length });
    return uris;
  }
}

/** "Issuer (label)" or whichever of the two is present. */
export function describe(account: Pick<Account, 'issuer' | 'label'>): string {
  if (account.issuer !== '' && account.label !== '') return `${account.issuer} (${account.label})`;
  return account.issuer !== '' ? account.issuer : account.label;
}

function notFound(query: string): DeskIdError {
  return new DeskIdError('account_not_found', `There is no account matching "${query}".`);
}

/** A vault entry's value as an account; `vault_damaged` (naming the entry) when it has another shape. */
function parseAccount(entryId: string, value: unknown): Account {
  const parsed = accountSchema.safeParse(value);
  if (!parsed.success) {
    throw new DeskIdError('vault_damaged', 'An account in this vault has a shape DeskID does not know.', {
      entry: entryId,
    });
  }
  return parsed.data;
}
