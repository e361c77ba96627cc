import { writeFileAtomic } from '../vault/writeFileAtomic';
import type { RecoveryCodeContent } from './RecoveryCodeContent';
import { renderRecoveryHtml } from './renderRecoveryHtml';
import { renderRecoveryText } from './renderRecoveryText';

/**
 * Writes the recovery code to the file the person chose (`text`: the plain file,
 * `html`: the printable page), readable by the OS account only. DeskID keeps no other
 * copy: no backup of a replaced file, no cache, no log line with the code.
 */
export async function writeRecoveryFile({
  file,
  format = 'text',
  ...content
}: RecoveryCodeContent & { file: string; format?: 'text' | 'html' }): Promise<void> {
  const body = format === 'html' ? renderRecoveryHtml(content) : renderRecoveryText(content);
  await writeFileAtomic(file, body, { mode: 0o600 });
}
