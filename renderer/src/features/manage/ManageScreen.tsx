import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';

/** The manage page. (To be built.) */
export default function ManageScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="manage-title">
      <ScreenHeading id="manage-title">{t('manage.title')}</ScreenHeading>
    </section>
  );
}
