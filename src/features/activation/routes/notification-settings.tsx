import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { PageHeading } from '@/components/page-heading';
import { useSession } from '@/features/auth/api/get-session';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { useNotificationSettings } from '../api/get-notification-settings';
import { NotificationSettingsForm } from '../components/notification-settings-form';

export default function NotificationSettingsRoute() {
  const { t } = useTranslation('settings');
  const settings = useNotificationSettings();
  const identifiant = useSession().data?.user?.identifiant;
  useDocumentTitle(t('notifications.title'));

  return (
    <div className="page page--narrow">
      <PageHeading>{t('notifications.title')}</PageHeading>
      <p>{t('notifications.intro')}</p>
      {settings.isPending ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('notifications.loading')}
        </p>
      ) : null}
      {settings.isError ? (
        <Alert tone="error" title={t('notifications.loadError')}>
          <p>{t(apiErrorMessageKey(settings.error))}</p>
          <Button
            variant="secondary"
            pending={settings.isFetching}
            onClick={() => {
              if (!settings.isFetching) void settings.refetch();
            }}
          >
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : null}
      {/* Mounted once the settings are known: they are the form's starting values. */}
      {settings.data && identifiant ? (
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
