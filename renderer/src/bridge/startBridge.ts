import { queryCache } from '../data/queryCache';
import { preloadSettings, settingsKey } from '../data/settingsQuery';
import { accountKey, preloadAccount } from '../data/useAccount';
import { pickBridge } from './pickBridge';

/**
 * The bridge, picked as early as the page can: main.tsx imports this module first, and ES
 * modules run in import order (the bundle keeps it), so the start screen's first questions
 * (the account, and the settings: language and theme) go to the host before React and the
 * screens are evaluated, and the answers are there when the first render asks for them
 * (main.tsx waits for them, startAnswered).
 */
export const bridge = pickBridge();
if (bridge !== null) {
  preloadAccount(bridge);
  preloadSettings(bridge);
}

/**
 * Resolves once the account and the settings asked at start are answered (or failed), or
 * after `ms`: main.tsx renders after it, so the first commit holds the start screen itself,
 * in the saved language and theme. Rendering at once
 * committed the frame with "Loading…" first and ran the header's effects (three bridge
 * calls) before the form came in a second render; bench:renderer measured the sign-in
 * form interactive ≈ 50 ms sooner this way. When nobody is signed in the host answers
 * without asking the ID server; the bound keeps a slow server from holding the window blank.
 */
export function startAnswered(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const answered = () => [accountKey, settingsKey].every((key) => queryCache.get(key)?.loading !== true);
    if (answered()) {
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
      if (answered()) finish();
    });
  });
}
