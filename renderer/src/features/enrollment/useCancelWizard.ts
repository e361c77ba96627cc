import { useBridge } from '../../bridge/BridgeContext';
import { clearQueries } from '../../data/queryCache';

/** Cancel on any wizard step: sign out of the ID server and start again; what is finished stays on the server. */
export function useCancelWizard(): () => Promise<void> {
  const bridge = useBridge();
  return async () => {
    await bridge.signIn.signOut({}).catch(() => undefined);
    clearQueries();
  };
}
