import { useTranslation } from '../../i18n/useTranslation';
import type { CopyNotice } from './useCopyCode';

/**
 * "Copied; clears in 30 s", then "The clipboard was cleared": a polite live region that
 * is always in the page, so each new message is announced.
 */
export function CopyToast({ notice }: { notice: CopyNotice | undefined }) {
  const { t } = useTranslation();
  let text = '';
  if (notice?.kind === 'cleared') text = t('codes.clipboardCleared');
  if (notice?.kind === 'refused') text = t('codes.clipboardRefused');
  if (notice?.kind === 'copied') {
    // The same words whoever wrote the clipboard (Electron's main process or the page).
    const count = notice.clearAfterSeconds;
    text = notice.alreadyUsed ? t('codes.copiedUsed', { count }) : t('codes.copied', { count });
  }
  return (
    <div className="toast" role="status" aria-live="polite" data-shown={text !== ''}>
      {text}
    </div>
  );
}
