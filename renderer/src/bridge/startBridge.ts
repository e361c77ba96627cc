import { preloadAccount } from '../data/useAccount';
import { pickBridge } from './pickBridge';

/**
 * The bridge, picked as early as the page can: main.tsx imports this module first, and ES
 * modules run in import order (the bundle keeps it), so the start screen's first question
 * (the account) goes to the host before React and the screens are evaluated, and the
 * answer is there when the first render asks for it.
 */
export const bridge = pickBridge();
if (bridge !== null) preloadAccount(bridge);
