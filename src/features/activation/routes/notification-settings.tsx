import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useCurrentUser } from '@/features/auth/api/current-user';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { useNotificationSettings } from '../api/get-notification-settings';
import { NotificationSettingsForm } from '../components/notification-settings-form';

export default function NotificationSettingsRoute() {
  const { t } = useTranslation('settings');
  const settings = useNotificationSettings();
  const { identifiant } = useCurrentUser();
  useDocumentTitle(t('notifications.title'));

  return (
    <div className="page page--narrow">
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p>{t('notifications.intro')}</p>
      {settings.isPending ? <LoadingState label={t('notifications.loading')} /> : null}
      {settings.isError ? (
        <ErrorState
          title={t('notifications.loadError')}
          error={settings.error}
          retrying={settings.isFetching}
          onRetry={() => void settings.refetch()}
        />
      ) : null}
      {/* Mounted once the settings are known: they are the form's starting values. */}
      {settings.data ? (
        <NotificationSettingsForm
          key={identifiant}
          initial={settings.data}
          identifiant={identifiant}
        />
      ) : null}
      <p className="page__aside">
        <Link to={paths.dashboard}>{t('notifications.back')}</Link>
      </p>
    </div>
  );
}
