import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';
import type { Account } from '../../authenticator/accountSchema';
import { generateCode } from '../../authenticator/generateCode';
import { forgetCodeList, listCodes } from './codeList';
import type { HostState } from './HostState';
import { stepTimes, toCodeAccount } from './toCodeAccount';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `codes.${string}`>>;

/**
 * The `codes.*` calls: the unlocked person's accounts and their codes (`vault_locked`
 * when nobody is unlocked). Secrets stay here; codes cross the bridge on purpose.
 */
export function codesHandlers(state: HostState): Handlers {
  const { profiles, settings, hotpShown, now, context } = state;
  const book = async () => (await profiles.require()).book;
  const accountOf = async (id: string) => (await book()).find(id);
  // A list made ahead at unlock holds the person's accounts: gone with the lock.
  state.onLock(() => forgetCodeList(state));

  /** HOTP: the next code, saved (counter moved on) before it is shown. */
  const nextHotp = async (account: Account): Promise<string> => {
    if (account.type !== 'hotp') throw notHotp();
    const { code } = await (await book()).code(account, now());
    hotpShown.set(account.id, code);
    return code;
  };

  return {
    'codes.list': async () => {
      const epoch = state.lockEpoch;
      const answer = await listCodes(state, await book());
      // A lock while the list was made: its codes and names must not reach the page after it.
      if (state.lockEpoch !== epoch) {
        throw new DeskIdError('vault_locked', 'DeskID locked. Choose your name and type your PIN to see your codes.');
      }
      return answer;
    },
    'codes.reveal': async ({ id }) => {
      const account = await accountOf(id);
      if (account.type === 'hotp') {
        const shown = hotpShown.get(id);
        if (shown === undefined) throw notYetShown();
        return { code: shown };
      }
      const { code, step } = generateCode(account, now());
      return { code, validUntil: stepTimes(step, account.period).validUntil };
    },
    'codes.copy': async ({ id }) => {
      const shelf = await book();
      const account = await shelf.find(id);
      let code: string;
      let alreadyUsed: boolean;
      if (account.type === 'hotp') {
        // The code on screen, or the next one when none is shown yet.
        code = hotpShown.get(id) ?? (await nextHotp(account));
        alreadyUsed = await shelf.recordCopy(await shelf.find(id), now());
      } else {
        ({ code, alreadyUsed } = await shelf.copyCode(account, now()));
      }
      const { clipboardClearSeconds } = await settings.read();
      // Electron's main process writes (and clears) the clipboard itself; the browser host's page does.
      const clipboard = context.desktop?.clipboard;
      if (clipboard === undefined) {
        return { copiedBy: 'page' as const, code, alreadyUsed, clearAfterSeconds: clipboardClearSeconds };
      }
      await clipboard.copySecret(code, clipboardClearSeconds);
      return { copiedBy: 'host' as const, alreadyUsed, clearAfterSeconds: clipboardClearSeconds };
    },
    'codes.nextHotp': async ({ id }) => ({ code: await nextHotp(await accountOf(id)) }),
    'codes.rename': async ({ id, issuer, label }) => {
      const shelf = await book();
      const renamed = await shelf.rename(id, { issuer, label });
      const { hideCodesUntilClicked } = await settings.read();
      const at = now();
      return toCodeAccount(renamed, {
        now: at,
        hidden: hideCodesUntilClicked,
        alreadyUsed: await shelf.alreadyUsed(renamed, at),
        hotpShown: hotpShown.get(id),
      });
    },
    'codes.reorder': async ({ ids }) => {
      await (await book()).reorder(ids);
      return { done: true };
    },
    'codes.remove': async ({ id }) => {
      await (await book()).remove(id);
      hotpShown.delete(id);
      return { done: true };
    },
  };
}

function notHotp(): DeskIdError {
  return new DeskIdError(
    'invalid_account',
    'Only counter-based (HOTP) accounts have a "next code"; this one changes by itself.',
  );
}

function notYetShown(): DeskIdError {
  return new DeskIdError('invalid_account', 'This counter-based (HOTP) account has no code yet: choose "Next code".');
}
