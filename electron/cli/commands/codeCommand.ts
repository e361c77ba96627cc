import { describe } from '../../services/accounts/AccountBook';
import type { CliContext } from '../CliContext';
import { withProfileBook } from '../openProfileBook';
import { usageError } from '../usage';

/** `deskid code ACCOUNT`: the current code and the seconds it has left. */
export async function codeCommand(context: CliContext, [query]: string[]): Promise<void> {
  if (query === undefined) throw usageError('code needs an ACCOUNT (issuer, label, "issuer:label" or id).');
  await withProfileBook(context, async ({ book }) => {
    const account = await book.find(query);
    const generated = await book.copyCode(account);
    context.print(
      {
        account: account.id,
        issuer: account.issuer,
        label: account.label,
        code: generated.code,
        secondsLeft: generated.secondsLeft,
        alreadyUsed: generated.alreadyUsed,
      },
      [
        generated.secondsLeft === null
          ? `${generated.code}  ${describe(account)} (counter moved on)`
          : `${generated.code}  ${describe(account)}, ${generated.secondsLeft} s left`,
        ...(generated.alreadyUsed
          ? [
              `This code was already used here: sign-in will refuse it twice. Wait ${generated.secondsLeft ?? 0} s for the next one.`,
            ]
          : []),
      ],
    );
  });
}
