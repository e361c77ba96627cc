import { queryCache } from '../data/queryCache';
import { preloadSettings, settingsKey } from '../data/settingsQuery';
import { accountKey, loadAccount } from '../data/accountQuery';
import { pickBridge } from './pickBridge';

/**
 * The bridge, picked as early as the page can: this module (with what it imports, no
 * React) is the page's first script, a chunk of its own that index.html runs before the
 * app's entry (firstScript in renderer/vitePlugins.ts). So the start screen's first
 * questions (the account, and the settings: language and theme) go to the host while V8
 * still compiles the start chunk, and the answers are there when main.tsx renders (it waits
 * for them, startAnswered). Under Vite's dev server main.tsx's first import runs it.
 */
export const bridge = pickBridge();
if (bridge !== null) {
  loadAccount(bridge);
  preloadSettings(bridge);
}

/** How long the first render waits for each answer asked at start, in ms. */
export interface StartBounds {
  /** The account: when someone is signed in the host asks the ID server, which may be slow. */
  account: number;
  /**
   * The settings: a file on this computer, so only a host starved of CPU is slow. The
   * wait is longer: a first frame in the wrong language, or light for someone who chose
   * dark or high contrast, is worse than a blank window for a moment longer.
   */
  settings: number;
}

/**
 * Resolves once the account and the settings asked at start are answered (or failed), each
 * or after its bound: main.tsx renders after it, so the first commit holds the start
 * screen itself, in the saved language and theme. Rendering at once committed the frame
 * with "Loading…" first and ran the header's effects (three bridge calls) before the form
 * came in a second render; bench:renderer measured the sign-in form interactive ≈ 50 ms
 * sooner this way. When nobody is signed in the host answers without asking the ID server.
 */
export function startAnswered(bounds: StartBounds): Promise<void> {
  return Promise.all([answered(accountKey, bounds.account), answered(settingsKey, bounds.settings)]).then(
    () => undefined,
  );
}

/** Resolves once `key`'s load is over (or was never asked), or after `ms`. */
function answered(key: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const over = () => queryCache.get(key)?.loading !== true;
    if (over()) {
      resolve();
      return;
    }
    const finish = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(finish, ms);
    const stop = queryCache.subscribe(() => {
      if (over()) finish();
    });
  });
}
