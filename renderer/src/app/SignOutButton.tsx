import { useTranslation } from '../i18n/useTranslation';
import { useNavigate } from './router';
import { useBridge } from '../bridge/BridgeContext';
import { clearQueries } from '../data/queryCache';
import { useAction } from '../data/useAction';

/** Ends the ID-server session and forgets everything the window held. */
export function SignOutButton() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const navigate = useNavigate();
  const signOut = useAction(() => bridge.signIn.signOut({}));
  return (
    <button
      type="button"
      className="secondary"
      disabled={signOut.pending}
      onClick={() =>
        void signOut.run(undefined).finally(() => {
          clearQueries();
          void navigate('/');
        })
      }
    >
      {t('nav.signOut')}
    </button>
  );
}
