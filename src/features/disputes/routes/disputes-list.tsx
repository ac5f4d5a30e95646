import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { useMediaQuery } from '@/lib/use-media-query';
import { useDisputes } from '../api/get-disputes';
import {
  readDisputeListQuery,
  type DisputeListQuery,
  type DisputeSortField,
} from '../api/list-query';
import { tabOfStatus } from '../api/rules';
import { BulkAcceptBar } from '../components/bulk-accept-bar';
import { DisputeFilters, isFiltered } from '../components/dispute-filters';
import { DisputeCards } from '../components/dispute-cards';
import { DisputeTable } from '../components/dispute-table';
import { DisputeTabs } from '../components/dispute-tabs';
import { ExportButton } from '../components/export-button';
import { Pagination } from '../components/pagination';
import { useBulkSelection } from '../components/use-bulk-selection';
import { ErrorState, LoadingState } from '@/components/query-state';
import '../disputes.css';
import { disputesListHref, firstOrder } from '../list-links';

const PHONE_MEDIA = '(max-width: 40rem)';

export default function DisputesListRoute() {
  const { t } = useTranslation('disputes');
  useDocumentTitle(t('title'));
  return (
    <div className="page disputes">
      <PageHeading>{t('list.heading')}</PageHeading>
      <DisputeList />
    </div>
  );
}

function DisputeList() {
  const { t } = useTranslation('disputes');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // The URL is the state: a link reproduces the view, Back restores the previous one.
  const query = useMemo(() => readDisputeListQuery(searchParams), [searchParams]);
  const list = useDisputes(query);
  const go = (changes: Partial<DisputeListQuery>) =>
    void navigate(disputesListHref({ ...query, ...changes }));

  const sortBy = (field: DisputeSortField) => {
    const order =
      query.sort === field ? (query.order === 'asc' ? 'desc' : 'asc') : firstOrder[field];
    go({ sort: field, order, page: 1 });
  };

  // Rendered at transition priority: a page of rows renders in slices that leave the main
  // thread free in between, not in one long task.
  const data = useDeferredValue(list.data);
  // A table of eight columns does not fit a phone: one card per case instead.
  const phone = useMediaQuery(PHONE_MEDIA);
  // Until the rows on screen are the latest answer, the view says it is updating.
  const updating = list.isPlaceholderData || (data !== undefined && data !== list.data);
  const filtered = isFiltered(query);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  // Only cases awaiting an answer can be accepted together; another tab starts a new selection.
  const bulk = useBulkSelection(query.tab);
  // While another tab's rows stay on screen, loading, none of them gets a box.
  const rowsAwaitAnswer = data?.items.every((item) => tabOfStatus(item.statut) === 'a-traiter');
  const selection = query.tab === 'a-traiter' ? bulk : undefined;
  const rowSelection = rowsAwaitAnswer ? selection : undefined;

  let content;
  if (!data && !list.isError) {
    content = <LoadingState label={t('list.loading')} />;
  } else if (list.isError && !data) {
    content = (
      <ErrorState
        title={t('list.error')}
        error={list.error}
        retrying={list.isFetching}
        onRetry={() => void list.refetch()}
      />
    );
  } else if (data && data.total === 0) {
    content = (
      <Alert tone="info" live={false}>
        <p>{filtered ? t('list.noResult') : t(`list.empty.${query.tab}`)}</p>
      </Alert>
    );
  } else if (data && data.items.length === 0) {
    // A bookmarked page beyond the last one: say so and offer the last page.
    content = (
      <Alert tone="info" live={false}>
        <p>{t('list.errors.invalidPage')}</p>
        <Link to={disputesListHref({ ...query, page: pages })}>
          {t('list.pagination.status', { page: pages, pages })}
        </Link>
      </Alert>
    );
  } else if (data) {
    content = (
      <>
        {phone ? (
          <DisputeCards
            data={data}
            query={query}
            onSort={(sort, order) => go({ sort, order, page: 1 })}
            busy={updating}
            selection={rowSelection}
          />
        ) : (
          <DisputeTable
            data={data}
            query={query}
            onSort={sortBy}
            busy={updating}
            selection={rowSelection}
          />
        )}
        <Pagination query={query} pages={pages} />
      </>
    );
  }

  return (
    <>
      <p className="lead">{t('list.intro')}</p>
      <p>
        <Link to={paths.disputeStatistics}>{t('list.statisticsLink')}</Link>
      </p>
      <DisputeTabs query={query} counts={data?.counts} />
      <DisputeFilters query={query} onApply={(filters) => go({ ...filters, page: 1 })} />
      <div className="disputes__toolbar">
        {updating ? <LoadingState label={t('list.updating')} /> : <span />}
        <ExportButton query={query} />
      </div>
      {selection ? <BulkAcceptBar selection={selection} /> : null}
      {list.isError && data ? (
        <ErrorState
          title={t('list.error')}
          error={list.error}
          retrying={list.isFetching}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {content}
    </>
  );
}
