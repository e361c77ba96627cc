import { useCallback, useEffect, useRef, useState } from 'react';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction, type Action } from '../../data/useAction';
import { clearClipboardLater } from '../../ui/clearClipboardLater';

/** What the toast says after a copy. */
export type CopyNotice =
  | { kind: 'copied'; clearAfterSeconds: number; alreadyUsed: boolean; byHost: boolean }
  | { kind: 'cleared' }
  | { kind: 'refused' };

/**
 * Copying a code (`codes.copy`): the host records it; in the browser host the page puts
 * the code on the clipboard and takes it off after `clearAfterSeconds` if it is still
 * there. `notice` is what the toast shows.
 */
export function useCopyCode(): { copy: Action<string, void>; notice: CopyNotice | undefined } {
  const bridge = useBridge();
  const [notice, setNotice] = useState<CopyNotice | undefined>(undefined);
  const shown = useRef(true);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  const announce = useCallback((next: CopyNotice) => {
    if (shown.current) setNotice(next);
  }, []);
  const copy = useAction(async (id: string) => {
    const answer = await bridge.codes.copy({ id });
    const { alreadyUsed, clearAfterSeconds } = answer;
    if (answer.copiedBy === 'page') {
      try {
        await navigator.clipboard.writeText(answer.code);
      } catch {
        announce({ kind: 'refused' });
        return;
      }
      void clearClipboardLater(answer.code, clearAfterSeconds).then((cleared) => {
        if (cleared) announce({ kind: 'cleared' });
      });
    }
    announce({ kind: 'copied', clearAfterSeconds, alreadyUsed, byHost: answer.copiedBy === 'host' });
  });
  return { copy, notice };
}
