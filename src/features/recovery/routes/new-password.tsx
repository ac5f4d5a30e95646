import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { deadLinkOf, useResetLink, type DeadLink } from '../api/check-reset-link';
import { useResetPassword } from '../api/reset-password';
import { DeadLinkNotice } from '../components/dead-link';
import { NewPasswordForm } from '../components/new-password-form';
import { useLinkToken } from '../components/use-link-token';
import '../recovery.css';

type View = 'checking' | 'checkFailed' | 'form' | 'done' | DeadLink | 'missing';

const titles: Record<View, string> = {
  checking: 'newPassword.title',
  checkFailed: 'newPassword.title',
  form: 'newPassword.title',
  done: 'newPassword.doneTitle',
  expired: 'deadLink.expiredTitle',
  used: 'deadLink.usedTitle',
  unknown: 'deadLink.unknownTitle',
  missing: 'deadLink.missingTitle',
};

/**
 * The e-mailed link's page. Not for visitors only: a merchant still logged in may follow it, and
 * that session ends with the others when the password changes.
 */
export default function NewPasswordRoute() {
  const { t } = useTranslation('recovery');
  const token = useLinkToken();
  const link = useResetLink(token);
  const reset = useResetPassword();
  // A link can die while the form is open (used in another tab, past its 30 minutes).
  const [diedOnSubmit, setDiedOnSubmit] = useState<DeadLink | null>(null);

  let view: View;
  if (token === null) view = 'missing';
  else if (reset.isSuccess) view = 'done';
  else if (diedOnSubmit) view = diedOnSubmit;
  else if (link.isPending) view = 'checking';
  else if (link.isError) view = deadLinkOf(link.error) ?? 'checkFailed';
  else view = 'form';

  const title = t(titles[view]);
  useDocumentTitle(title);

  return (
    <div className="page page--narrow">
      {/* Focus follows each change of state, so it is read from its new heading. */}
      <PageHeading focusKey={view === 'checking' ? 'form' : view}>{title}</PageHeading>
      {view === 'checking' ? <LoadingState label={t('newPassword.checking')} /> : null}
      {view === 'checkFailed' ? (
        <ErrorState
          title={t('newPassword.checkFailed')}
          error={link.error}
          onRetry={() => void link.refetch()}
          retrying={link.isFetching}
        />
      ) : null}
      {view === 'form' && token && link.data ? (
        <NewPasswordForm
          identifiant={link.data.identifiant}
          pending={reset.isPending}
          send={async (password) => {
            await reset.mutateAsync({ jeton: token, password });
          }}
          onFailure={(error) => {
            const dead = deadLinkOf(error);
            if (dead) setDiedOnSubmit(dead);
            return dead !== null;
          }}
        />
      ) : null}
      {view === 'done' ? (
        <div className="sent">
          <p>{t('newPassword.doneText')}</p>
          <p className="actions">
            <Link className="button button--primary" to={paths.login}>
              {t('links.login')}
            </Link>
          </p>
        </div>
      ) : null}
      {view === 'expired' || view === 'used' || view === 'unknown' || view === 'missing' ? (
        <DeadLinkNotice reason={view} />
      ) : null}
    </div>
  );
}
