/**
 * C0 controls, DEL and C1 controls (U+0000–U+001F, U+007F–U+009F), which can rewrite a
 * terminal (`ESC [2J`, a title set by `ESC ]0;…BEL`) or fake a line, and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what a
 * person reads.
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes control characters and bidi overrides from an issuer or label, as every entry
 * point does before validation (`parseOtpauthUri`, `buildAccount`, `createManualAccount`),
 * so a name from a file or a QR code cannot drive the terminal or the screen it is shown
 * on. The account schema refuses any that are left. Does not trim.
 */
export function stripControlCharacters(value: string): string {
  return value.replace(unsafe, '');
}
