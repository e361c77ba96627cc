import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { queryCache } from '../src/data/queryCache';

// findBy* and waitFor wait up to 5 s, not Testing Library's 1 s: a screen's first render
// may need a chunk loaded on first use (a lazy step, the later strings, the "confirm it's
// you" step), and on a loaded 2-core CI machine such a first load took 0.3-0.5 s here and
// can pass 1 s. A longer wait slows only a test that fails anyway.
configure({ asyncUtilTimeout: 5_000 });

// Each component test starts with an empty DOM and an empty data store.
afterEach(() => {
  cleanup();
  queryCache.clear();
});
