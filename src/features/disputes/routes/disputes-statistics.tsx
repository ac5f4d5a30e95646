import { useDeferredValue } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeading } from '@/components/page-heading';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { useDisputeStatistics } from '../api/get-statistics';
import {
  DEFAULT_STATISTICS_PERIOD,
  readStatisticsPeriod,
  type StatisticsPeriod,
} from '../api/statistics-contract';
import { OpenedPerMonth } from '../components/opened-per-month';
import { periodRange } from '../components/period-range';
import { StatisticsExportButton } from '../components/statistics-export-button';
import { StatisticsPeriodChoice } from '../components/statistics-period';
import { StatisticsSummary } from '../components/statistics-summary';
import { TopReasons } from '../components/top-reasons';
import '../disputes.css';
import '../statistics.css';

export default function DisputesStatisticsRoute() {
  const { t } = useTranslation('disputes-statistics');
  useDocumentTitle(t('title'));
  return (
    <div className="page statistics">
      <PageHeading>{t('heading')}</PageHeading>
      <Statistics />
    </div>
  );
}

/** The period's address: the default one leaves the parameter out, as the list does. */
function statisticsHref(period: StatisticsPeriod): string {
  return period === DEFAULT_STATISTICS_PERIOD
    ? paths.disputeStatistics
    : `${paths.disputeStatistics}?periode=${period}`;
}

function Statistics() {
  const { t, i18n } = useTranslation('disputes-statistics');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // The URL is the state: a link reproduces the period, Back restores the previous one.
  const period = readStatisticsPeriod(searchParams);
  const query = useDisputeStatistics(period);
  // At transition priority, like the list: the figures never render in one long task.
  const stats = useDeferredValue(query.data);
  const updating = query.isPlaceholderData || (stats !== undefined && stats !== query.data);
  const range = stats ? periodRange(stats, i18n.language) : null;

  let content;
  if (!stats && !query.isError) {
    content = <LoadingState label={t('loading')} />;
  } else if (!stats || !range) {
    content = (
      <ErrorState
        title={t('error')}
        error={query.error}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  } else if (stats.dossiers.ouverts === 0) {
    content = (
      <Alert tone="info" live={false}>
        <p>{t('empty', range)}</p>
      </Alert>
    );
  } else {
    content = (
      <>
        <StatisticsSummary stats={stats} range={range} />
        <OpenedPerMonth months={stats.parMois} range={range} />
        <TopReasons stats={stats} range={range} />
      </>
    );
  }

  return (
    <>
      <p className="lead">{t('intro')}</p>
      <p className="statistics__links">
        <Link to={paths.disputes}>{t('listLink')}</Link>
      </p>
      <div className="statistics__toolbar">
        <StatisticsPeriodChoice
          value={period}
          onChange={(next) => void navigate(statisticsHref(next))}
        />
        {stats && range && stats.dossiers.ouverts > 0 ? (
          <StatisticsExportButton stats={stats} range={range} />
        ) : null}
      </div>
      {range ? <p className="statistics__range">{t('period.range', range)}</p> : null}
      {updating ? <LoadingState label={t('updating')} /> : null}
      {query.isError && stats ? (
        <ErrorState
          title={t('error')}
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      <div aria-busy={updating || undefined}>{content}</div>
    </>
  );
}
