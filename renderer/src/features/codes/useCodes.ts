import { useEffect, useSyncExternalStore } from 'react';
import type { CallOutput } from '../../../../electron/contract/calls';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useQuery, type Query } from '../../data/useQuery';

/** The key of `codes.list` in the renderer's store (cleared on lock). */
export const codesKey = 'codes.list';

export type CodeList = CallOutput<'codes.list'>;
export type CodeAccount = CodeList['accounts'][number];

/** Never ask again sooner than this after the last answer, whatever the clocks say. */
const minimumWaitMs = 1000;

/**
 * The open person's accounts and codes. They are read again when the first shown code
 * runs out (its `validUntil`), not every second: the rings count down in the page. When
 * the host answers `vault_locked` (locked without the page hearing of it), the whole store
 * is cleared, so the people list shows again.
 */
export function useCodes(): Query<CodeList> {
  const bridge = useBridge();
  const query = useQuery(codesKey, () => bridge.codes.list({}));
  const { data, error, reload } = query;
  // Locked behind this screen's back (a lock event missed): back to the people list.
  const locked = error instanceof DeskIdError && error.code === 'vault_locked';
  useEffect(() => {
    if (locked) queryCache.clear();
  }, [locked]);
  useEffect(() => {
    const ends = (data?.accounts ?? []).flatMap((account) => account.validUntil ?? []);
    if (ends.length === 0) return undefined;
    const wait = Math.max(minimumWaitMs, Math.min(...ends) - Date.now());
    const timer = setTimeout(reload, wait);
    return () => clearTimeout(timer);
  }, [data, reload]);
  return query;
}

/**
 * Whether the codes' first answer (or its error) is in: what is shown around the codes
 * and can wait (the policy's links, the PIN-reset offer) is asked for only then, so that
 * neither the host nor the page handles it while the codes are on their way. Measured in
 * bench:authenticator (docs/benchmarks/authenticator.md, stop 28).
 */
export function useCodesAnswered(): boolean {
  return useSyncExternalStore(queryCache.subscribe, () => {
    const entry = queryCache.get(codesKey);
    return entry !== undefined && (entry.value !== undefined || entry.error !== undefined);
  });
}

/**
 * Asks for the codes now, before the codes screen is there to ask: called when a profile
 * opens, so the list is on its way while the screen mounts (`useCodes` then waits for
 * this load instead of starting its own).
 */
export function preloadCodes(list: () => Promise<CodeList>): void {
  queryCache.load(codesKey, list);
}

/** Changes the stored list after an action (rename, reorder, delete), without asking again. */
export function updateCodes(change: (accounts: CodeAccount[]) => CodeAccount[]): void {
  const list = queryCache.get(codesKey)?.value as CodeList | undefined;
  if (list !== undefined) queryCache.set(codesKey, { ...list, accounts: change(list.accounts) });
}
