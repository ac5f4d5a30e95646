import { useTranslation } from '@/lib/use-translation';
import { isRouteErrorResponse, Link, useMatches, useRouteError, type Params } from 'react-router';
import { Button } from '@/components/button';
import { PageHeading } from '@/components/page-heading';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { NotFound, type NotFoundContent } from './not-found';

/** A route's own words for a 404 (« Aucun litige ne porte le numéro … »), in its `handle`. */
export interface NotFoundHandle {
  notFound: (params: Params) => NotFoundContent;
}

function isNotFoundHandle(handle: unknown): handle is NotFoundHandle {
  return typeof handle === 'object' && handle !== null && 'notFound' in handle;
}

function errorStatus(error: unknown): number | null {
  if (isApiError(error)) return error.status;
  if (isRouteErrorResponse(error)) return error.status;
  return null;
}

/**
 * Every error a route throws, by status: a 404 is « introuvable », in the route's own words when
 * it has some; anything else says what happened and offers to try again. Never a blank screen.
 */
export function RouteError() {
  const error = useRouteError();
  const matches = useMatches();
  if (errorStatus(error) === 404) {
    const match = matches.findLast(({ handle }) => isNotFoundHandle(handle));
    const content =
      match && isNotFoundHandle(match.handle) ? match.handle.notFound(match.params) : undefined;
    return <NotFound content={content} />;
  }
  return <FailedRoute error={error} />;
}

function FailedRoute({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
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
