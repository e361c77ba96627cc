/**
 * DeskID's one rule for characters that must never reach a person's screen or terminal
 * from outside text (account names from files and QR codes, profile names, ID-server
 * messages, recovery-file fields):
 *
 * - C0 controls U+0000–U+001F and DEL U+007F: `ESC [2J` clears a terminal, `ESC ]0;…BEL`
 *   sets its title, CR and LF fake a line of output;
 * - C1 controls U+0080–U+009F: U+009B is a one-character `ESC [` on terminals that honour
 *   8-bit controls, U+0085 is a line break;
 * - the bidi controls of Unicode's "Trojan Source" list: embeddings and overrides
 *   U+202A–U+202E, isolates U+2066–U+2069, and the marks U+200E (LRM), U+200F (RLM) and
 *   U+061C (ALM). They reorder or hide what a person reads and have no visible form; a
 *   right-to-left name reads the same without the marks, at most with its punctuation
 *   placed differently;
 * - the line and paragraph separators U+2028 and U+2029, which fake a line as LF does.
 *
 * Every terminal escape sequence begins with ESC or a C1 control, so removing them is
 * enough to make sure none reaches a terminal; what followed the introducer stays as
 * harmless visible text (`[2J`). Zero-width joiners (U+200C, U+200D) are kept: emoji and
 * several scripts need them.
 */
// eslint-disable-next-line no-control-regex
const unsafeCharacter = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const unsafeRun = new RegExp(`${unsafeCharacter.source}+`, 'g');

/**
 * Removes unsafe characters (see the module comment). With `replaceWith`, each run of
 * them becomes that text instead (`' '` keeps the words of a field that had a line break
 * apart). With `keepLayout`, tab and line feed stay (terminal output: columns and lines);
 * CR and every other control still go. Does not trim. The result holds no unsafe
 * character but those kept (when `replaceWith` holds none).
 */
export function stripUnsafeCharacters(
  value: string,
  { replaceWith = '', keepLayout = false }: { replaceWith?: string; keepLayout?: boolean } = {},
): string {
  return keepLayout
    ? value.replace(unsafeRun, (run) => run.replace(/[^\t\n]+/g, replaceWith))
    : value.replace(unsafeRun, replaceWith);
}

/** True when `value` holds any unsafe character (see the module comment). */
export function hasUnsafeCharacters(value: string): boolean {
  return unsafeCharacter.test(value);
}

/**
 * Writes each unsafe character as its JSON escape (`\u001b`), for text that is already
 * JSON: the data stays exactly the same for a program that parses it, and a terminal that
 * shows it sees no control (`JSON.stringify` escapes C0 but leaves DEL, C1 and the bidi
 * controls raw). Tab, LF and CR are left alone: inside strings `JSON.stringify` has
 * escaped them already, and outside strings they are layout, where an escape is invalid.
 */
export function escapeUnsafeCharacters(json: string): string {
  return json.replace(unsafeRun, (run) =>
    Array.from(run, (character) =>
      character === '\t' || character === '\n' || character === '\r'
        ? character
        : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ).join(''),
  );
}
