import { formatRecoveryCode } from '../../../protocol/recoveryCodeFormat';
import { stripUnsafeCharacters } from '../text/unsafeText';
import { formatIssuedAt, recoveryInstructions, type RecoveryCodeContent } from './RecoveryCodeContent';

/**
 * The plain-text recovery-code file: the code grouped as the protocol shows it
 * (`1234 5678 9012 3456`), account, server, date, instructions.
 */
export function renderRecoveryText({ code, account, server, issuedAt }: RecoveryCodeContent): string {
  return [
    'DeskID - ID account recovery code',
    '',
    `    ${formatRecoveryCode(code)}`,
    '',
    `Account:   ${oneLine(account)}`,
    `Server:    ${oneLine(server)}`,
    `Issued on: ${formatIssuedAt(issuedAt)}`,
    '',
    ...recoveryInstructions,
    '',
  ].join('\n');
}

/** Keeps a field on its own line (no line breaks or control characters sneak in). */
function oneLine(value: string): string {
  return stripUnsafeCharacters(value, { replaceWith: ' ' }).trim();
}
