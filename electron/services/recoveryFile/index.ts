/** The recovery-code file: plain text and printable HTML, no other copy kept. */
export { writeRecoveryFile } from './writeRecoveryFile';
export { renderRecoveryText } from './renderRecoveryText';
export { renderRecoveryHtml } from './renderRecoveryHtml';
export {
  recoveryFileWords,
  recoveryInstructions,
  type RecoveryCodeContent,
  type RecoveryFileLanguage,
} from './RecoveryCodeContent';
