/** How long a copied recovery code or setup key stays on the clipboard, seconds. */
export const secretClipboardSeconds = 60;

/** A copy the page will take off the clipboard: its text, its timer, and who waits for the outcome. */
interface Waiting {
  code: string;
  timer: ReturnType<typeof setTimeout>;
  done: (cleared: boolean) => void;
}

/** The page's copies not cleared yet; {@link clearClipboardNow} clears them all at once. */
const waiting = new Set<Waiting>();

/**
 * After `seconds`, empties the clipboard if it still holds `code`: the person may have
 * copied something else since, which stays. Where the page may not read the clipboard,
 * it is emptied anyway. Resolves once done (true when the clipboard was emptied).
 *
 * The value stays in this module until then: the one place the page keeps a code (or a
 * copied recovery code or setup key) longer than it is on screen, so that it can be taken
 * off the clipboard.
 */
export function clearClipboardLater(code: string, seconds: number): Promise<boolean> {
  return new Promise((resolve) => {
    const entry: Waiting = {
      code,
      done: resolve,
      timer: setTimeout(() => {
        waiting.delete(entry);
        void clearIfHolding([code]).then(resolve);
      }, seconds * 1000),
    };
    waiting.add(entry);
  });
}

/**
 * On lock (`app.locked`): empties the clipboard now if it still holds any text the page
 * copied and has not cleared yet, and drops their timers. Nothing to do when none waits.
 */
export async function clearClipboardNow(): Promise<void> {
  if (waiting.size === 0) return;
  const entries = [...waiting];
  waiting.clear();
  for (const entry of entries) clearTimeout(entry.timer);
  const cleared = await clearIfHolding(entries.map((entry) => entry.code));
  for (const entry of entries) entry.done(cleared);
}

async function clearIfHolding(codes: string[]): Promise<boolean> {
  let holding = true;
  try {
    holding = codes.includes(await navigator.clipboard.readText());
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
