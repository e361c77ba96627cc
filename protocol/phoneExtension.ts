/**
 * The protocol's one rule for phone extensions, shared by the ID server (which refuses
 * them with `phone_extension_not_allowed`) and the desktop app (which refuses them before
 * any request): `ext 12`, `ext. 12`, `extension 12`, `x12`, `#12`, `;ext=12`, `,12`,
 * `,,12`, `;12` and `tel:…;ext=12`, in any spacing or case (`extn 12` too, and `x12`
 * straight after the number).
 */

/** What a person is told when a number carries an extension (the protocol's wording). */
export const phoneExtensionMessage =
  'The number must be a cell phone or a direct landline; extensions will not work. Remove the extension and try again.';

// `x` counts right after a digit too ("555-0123x12"), but not inside a word ("BOX1").
const extensionPattern = /(?:e\s*x\s*t(?:\s*e\s*n\s*s\s*i\s*o\s*n|\s*n)?\s*[.:=]?|(?<![a-z])x|#|;\s*ext\s*=|,|;)\s*\d/i;

/**
 * True when the number as typed carries an extension in any of the spellings above. A
 * `tel:` URI is judged by its `;ext=` parameter and its number, not its other parameters.
 */
export function hasPhoneExtension(input: string): boolean {
  let text = input.trim();
  if (/^tel:/i.test(text)) {
    text = text.slice(4);
    if (/;\s*ext\s*=/i.test(text)) return true;
    text = text.replace(/;.*$/, '');
  }
  return extensionPattern.test(text);
}
