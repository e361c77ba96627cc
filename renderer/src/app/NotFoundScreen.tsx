import { useTranslation } from '../i18n/useTranslation';
import { Link } from './router';
import { ScreenHeading } from '../ui/ScreenHeading';

export default function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-found-title">
      <ScreenHeading id="not-found-title">{t('notFound.title')}</ScreenHeading>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
