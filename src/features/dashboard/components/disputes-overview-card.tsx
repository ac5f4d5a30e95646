import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { toDisputeListSearchParams, type DisputeTab } from '@/features/disputes/api/list-query';
import { formatDate, formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { RECENTLY_CLOSED_DAYS } from '../api/contract';
import { useDisputesOverview } from '../api/get-disputes-overview';
import { ErrorState, LoadingState } from '@/components/query-state';
import { DueSoonNotice } from './due-soon-notice';

/**
 * The dispute list's view for one tab, with the list's own canonical parameters. The list sorts
 * by deadline, nearest first, unless told otherwise.
 */
function disputesLink(tab: DisputeTab): string {
  const search = toDisputeListSearchParams({ tab, sort: 'deadline', order: 'asc' }).toString();
  return search ? `${paths.disputes}?${search}` : paths.disputes;
}

export function DisputesOverviewCard() {
  const { t, i18n } = useTranslation('dashboard');
  const overview = useDisputesOverview();
  const days = RECENTLY_CLOSED_DAYS;

  let content;
  if (overview.isPending) {
    content = <LoadingState label={t('disputes.loading')} />;
  } else if (overview.isError) {
    content = (
      <ErrorState
        title={t('disputes.error')}
        error={overview.error}
        retrying={overview.isFetching}
        onRetry={() => void overview.refetch()}
      />
    );
  } else {
    const { aTraiter, enCours, closRecents, prochaineEcheance, aujourdhui, echeancesProches } =
      overview.data;
    const deadline = prochaineEcheance;
    const isToday = deadline?.date === aujourdhui;
    content = (
      <>
        <DueSoonNotice dueSoon={echeancesProches} listHref={disputesLink('a-traiter')} />
        {aTraiter + enCours + closRecents === 0 ? <p>{t('disputes.empty', { days })}</p> : null}
        <ul className="stats">
          <li>
            <Link className="stat" to={disputesLink('a-traiter')}>
              <span className="stat__value">{formatNumber(aTraiter, i18n.language)}</span>{' '}
              <span className="stat__label">{t('disputes.toHandle', { count: aTraiter })}</span>
            </Link>
          </li>
          <li>
            <Link className="stat" to={disputesLink('en-cours')}>
              <span className="stat__value">{formatNumber(enCours, i18n.language)}</span>{' '}
              <span className="stat__label">{t('disputes.inReview', { count: enCours })}</span>
            </Link>
          </li>
          <li>
            <Link className="stat" to={disputesLink('clos')}>
              <span className="stat__value">{formatNumber(closRecents, i18n.language)}</span>{' '}
              <span className="stat__label">
                {t('disputes.closed', { count: closRecents, days })}
              </span>
            </Link>
          </li>
        </ul>
        <dl className="summary">
          <div>
            <dt>{t('disputes.nextDeadline')}</dt>
            <dd>
              {deadline ? (
                <Link to={disputesLink('a-traiter')}>
                  {isToday
                    ? t('disputes.today', { caseNumber: deadline.numeroDossier })
                    : t('disputes.nextDeadlineValue', {
                        date: formatDate(deadline.date, i18n.language),
                        caseNumber: deadline.numeroDossier,
                      })}
                </Link>
              ) : (
                t('disputes.noDeadline')
              )}
            </dd>
          </div>
        </dl>
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="dashboard-disputes">
      <h2 id="dashboard-disputes">{t('disputes.title')}</h2>
      {content}
    </section>
  );
}
