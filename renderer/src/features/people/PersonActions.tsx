import { useTranslation } from '../../i18n/useTranslation';
import { useNavigate } from '../../app/router';
import { useBridge } from '../../bridge/BridgeContext';
import { clearQueries } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { useProfiles } from '../profiles/useProfiles';
import { FormError } from '../../ui/FormError';

/**
 * "Switch person" (locks this person's profile) and "Lock all" (every profile, and signs
 * out of the ID server), in the header while a profile is open: always one action away.
 * The host also sends `app.locked`; the store is cleared here too, so nothing of this
 * person stays even if that event is late.
 */
export function PersonActions() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const navigate = useNavigate();
  const profiles = useProfiles();
  const lockThen = async (lock: () => Promise<unknown>) => {
    await lock();
    clearQueries();
    await navigate('/codes');
  };
  const switchPerson = useAction(() => lockThen(() => bridge.profiles.lock({})));
  const lockAll = useAction(() => lockThen(() => bridge.profiles.lockAll({})));
  const open = profiles.data?.profiles.find((profile) => profile.unlocked);
  if (open === undefined) return null;
  return (
    <div className="person-actions" role="group" aria-label={t('people.personActions')}>
      <span className="person-name">{t('people.openPerson', { name: open.name })}</span>
      <button type="button" className="secondary" onClick={() => void switchPerson.run(undefined)}>
        {t('people.switchPerson')}
      </button>
      <button type="button" onClick={() => void lockAll.run(undefined)}>
        {t('people.lockAll')}
      </button>
      <FormError error={switchPerson.error ?? lockAll.error} />
    </div>
  );
}
