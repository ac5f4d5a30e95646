import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Button } from '@/components/button';
import { PageHeading } from '@/components/page-heading';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';

/** Never a blank screen: says what happened and offers to try again. */
export function RouteError() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  return (
    <div className="page page--narrow">
      <PageHeading>{t('routeError.title')}</PageHeading>
      <p role="alert">{t(apiErrorMessageKey(error))}</p>
      <div className="actions">
        <Button onClick={() => window.location.reload()}>{t('actions.retry')}</Button>
        <Link to={paths.home}>{t('notFound.home')}</Link>
      </div>
    </div>
  );
}
