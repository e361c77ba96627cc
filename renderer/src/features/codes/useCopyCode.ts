import { useCallback, useEffect, useRef, useState } from 'react';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction, type Action } from '../../data/useAction';
import { pageClipboard } from '../../platform/pageClipboard';

/** What the toast says after a copy. */
export type CopyNotice =
  { kind: 'copied'; clearAfterSeconds: number; alreadyUsed: boolean } | { kind: 'cleared' } | { kind: 'refused' };

/**
 * Copying a code (`codes.copy`): the host records it; in Electron it also writes the
 * clipboard itself, marked as a secret; in the browser host the page puts
 * the code on the clipboard (`pageClipboard`) and takes it off after `clearAfterSeconds` if it is still
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
    // The host says who writes: Electron's main process already did (marked as a secret).
    if (answer.copiedBy === 'page') {
      const copied = await pageClipboard.copy(answer.code, clearAfterSeconds);
      if (!copied.copied) {
        announce({ kind: 'refused' });
        return;
      }
      void copied.cleared?.then((cleared) => {
        if (cleared) announce({ kind: 'cleared' });
      });
    }
    announce({ kind: 'copied', clearAfterSeconds, alreadyUsed });
  });
  return { copy, notice };
}
