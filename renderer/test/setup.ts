import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { queryCache } from '../src/data/queryCache';

// Each component test starts with an empty DOM and an empty data store.
afterEach(() => {
  cleanup();
  queryCache.clear();
});
