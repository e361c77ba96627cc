/**
 * After `seconds`, empties the clipboard if it still holds `code`: the person may have
 * copied something else since, which stays. Where the page may not read the clipboard,
 * it is emptied anyway. Resolves once done (true when the clipboard was emptied).
 *
 * The value stays in this closure until then: the one place the page keeps a code (or a
 * copied recovery code or setup key) longer than it is on screen, so that it can be taken
 * off the clipboard.
 */
/** How long a copied recovery code or setup key stays on the clipboard, seconds. */
export const secretClipboardSeconds = 60;

export function clearClipboardLater(code: string, seconds: number): Promise<boolean> {
  return new Promise((resolve) => {
    setTimeout(() => {
      void clearIfStillThere(code).then(resolve);
    }, seconds * 1000);
  });
}

async function clearIfStillThere(code: string): Promise<boolean> {
  let holding = true;
  try {
    holding = (await navigator.clipboard.readText()) === code;
  } catch {
    // Reading is not permitted here: empty it to be safe.
  }
  if (!holding) return false;
  try {
    await navigator.clipboard.writeText('');
    return true;
  } catch {
    return false;
  }
}
