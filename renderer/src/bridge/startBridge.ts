import { queryCache } from '../data/queryCache';
import { accountKey, preloadAccount } from '../data/useAccount';
import { pickBridge } from './pickBridge';

/**
 * The bridge, picked as early as the page can: main.tsx imports this module first, and ES
 * modules run in import order (the bundle keeps it), so the start screen's first question
 * (the account) goes to the host before React and the screens are evaluated, and the
 * answer is there when the first render asks for it (main.tsx waits for it, accountAnswered).
 */
export const bridge = pickBridge();
if (bridge !== null) preloadAccount(bridge);

/**
 * Resolves once the account asked at start is answered (or failed), or after `ms`: main.tsx
 * renders after it, so the first commit holds the start screen itself. Rendering at once
 * committed the frame with "Loading…" first and ran the header's effects (three bridge
 * calls) before the form came in a second render; bench:renderer measured the sign-in
 * form interactive ≈ 50 ms sooner this way. When nobody is signed in the host answers
 * without asking the ID server; the bound keeps a slow server from holding the window blank.
 */
export function accountAnswered(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const answered = () => queryCache.get(accountKey)?.loading !== true;
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
