import type { CallOutput } from '../../../contract/calls';
import type { AccountBook } from '../../accounts/AccountBook';
import type { HostState } from './HostState';
import { toCodeAccount } from './toCodeAccount';

type CodeListAnswer = CallOutput<'codes.list'>;

/** A `codes.list` answer and what it was made from, to tell whether it still holds. */
interface MadeList {
  book: AccountBook;
  /** The accounts' stamp when they were read (`AccountBook.revision`). */
  revision: string;
  answer: CodeListAnswer;
  /** The accounts in the answer's order (for "already used", read again when it is handed out). */
  accounts: Awaited<ReturnType<AccountBook['list']>>;
}

/** Lists made ahead at unlock, one per host, for the first `codes.list` after it. */
const madeAhead = new WeakMap<HostState, Promise<MadeList | undefined>>();

/** The open person's accounts as the codes screen shows them, with the codes of now. */
async function makeList(state: HostState, book: AccountBook): Promise<MadeList> {
  // The stamp first: a write while the list is made leaves it stale, never wrongly fresh.
  const revision = await book.revision();
  // The settings file and the audit log are read while the accounts are decrypted.
  const [accounts, { hideCodesUntilClicked }, used] = await Promise.all([
    book.list(),
    state.settings.read(),
    book.usedCodes(),
  ]);
  const at = state.now();
  return {
    book,
    revision,
    accounts,
    answer: {
      hideUntilClicked: hideCodesUntilClicked,
      accounts: accounts.map((account) =>
        toCodeAccount(account, {
          now: at,
          hidden: hideCodesUntilClicked,
          alreadyUsed: used(account, at),
          hotpShown: state.hotpShown.get(account.id),
        }),
      ),
    },
  };
}

/**
 * Makes the open person's list of codes now, in the background, for the `codes.list` the
 * codes screen sends as soon as the unlock is answered (`listCodes` hands it out once).
 * Called when a profile opens; a failure is dropped (that call then makes its own).
 */
export function prepareCodeList(state: HostState, book: AccountBook): void {
  book.prepare();
  madeAhead.set(
    state,
    makeList(state, book).catch(() => undefined),
  );
}

/** Drops a list made ahead (on lock: it held the person's accounts). */
export function forgetCodeList(state: HostState): void {
  madeAhead.delete(state);
}

/**
 * The answer of `codes.list`: the list made ahead at unlock if it still holds (same open
 * profile, no account written since, same "hide codes" setting, every code still in its
 * time step; "already used" is read again), else one made now.
 */
export async function listCodes(state: HostState, book: AccountBook): Promise<CodeListAnswer> {
  const ahead = madeAhead.get(state);
  madeAhead.delete(state);
  const made = await ahead;
  if (made?.book === book) {
    const fresh = await stillHolds(state, made);
    if (fresh !== undefined) return fresh;
  }
  return (await makeList(state, book)).answer;
}

/** `made`'s answer as of now, or `undefined` when it no longer holds. */
async function stillHolds(state: HostState, made: MadeList): Promise<CodeListAnswer | undefined> {
  const { book, answer, accounts } = made;
  const [revision, settings, used] = await Promise.all([book.revision(), state.settings.read(), book.usedCodes()]);
  if (revision !== made.revision || settings.hideCodesUntilClicked !== answer.hideUntilClicked) return undefined;
  const now = state.now();
  const outOfStep = (view: CodeListAnswer['accounts'][number]) =>
    (view.validUntil !== undefined && now >= view.validUntil) || (view.validFrom !== undefined && now < view.validFrom);
  if (answer.accounts.some(outOfStep)) return undefined;
  return {
    ...answer,
    accounts: answer.accounts.map((view, index) => {
      const account = accounts[index];
      return account === undefined ? view : { ...view, alreadyUsed: used(account, now) };
    }),
  };
}
