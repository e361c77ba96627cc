/** A word that may be repeated in an error message: lowercase letters in dash-joined parts, at most 16 characters. */
const commandWord = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * How an error message names a command-line word the CLI did not expect: `"frobnicate"`
 * when it looks like a command word (lowercase letters and dashes, at most 16
 * characters), else a phrase that does not repeat it. A mistyped line can hold an
 * `otpauth://` URI, a secret or a password pasted in the wrong place, and what the CLI
 * prints may end up in a terminal's scrollback, a log or a screen share.
 */
export function describeWord(word: string): string {
  return word.length <= 16 && commandWord.test(word) ? `"${word}"` : '(not repeated here: it is not a command word)';
}
