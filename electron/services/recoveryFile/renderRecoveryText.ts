import { formatRecoveryCode } from '../../../protocol/recoveryCodeFormat';
import { stripUnsafeCharacters } from '../text/unsafeText';
import { formatIssuedAt, recoveryFileWords, type RecoveryCodeContent } from './RecoveryCodeContent';

/**
 * The plain-text recovery-code file: the code grouped as the protocol shows it
 * (`1234 5678 9012 3456`), account, server, date, instructions, in the person's language.
 */
export function renderRecoveryText({ code, account, server, issuedAt, language = 'en' }: RecoveryCodeContent): string {
  const words = recoveryFileWords[language];
  const fields = [
    [words.account, oneLine(account)],
    [words.server, oneLine(server)],
    [words.issuedOn, formatIssuedAt(issuedAt)],
  ] as const;
  const width = Math.max(...fields.map(([label]) => label.length)) + 2;
  return [
    words.title,
    '',
    `    ${formatRecoveryCode(code)}`,
    '',
    ...fields.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`),
    '',
    ...words.instructions,
    '',
  ].join('\n');
}

/** Keeps a field on its own line (no line breaks or control characters sneak in). */
function oneLine(value: string): string {
  return stripUnsafeCharacters(value, { replaceWith: ' ' }).trim();
}
