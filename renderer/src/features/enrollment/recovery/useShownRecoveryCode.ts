import { useCallback, useState } from 'react';
import type { RecoveryCodeShown } from '../../../../../electron/contract/accountStatus';
import { useAction } from '../../../data/useAction';

/**
 * The recovery code a screen shows, held in that screen's state only (never in the data
 * store), so it is gone when the screen closes. `fetch` runs one of the bridge calls that
 * answer a code; `clear` forgets it.
 */
export function useShownRecoveryCode(load: () => Promise<RecoveryCodeShown>) {
  const [shown, setShown] = useState<RecoveryCodeShown | undefined>(undefined);
  const { run, pending, error } = useAction(load);
  const fetch = useCallback(async () => {
    const code = await run(undefined);
    if (code !== undefined) setShown(code);
    return code;
  }, [run]);
  const clear = useCallback(() => setShown(undefined), []);
  return { shown, fetch, clear, pending, error };
}
