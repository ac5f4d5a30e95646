import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { DisputeListQuery } from '../api/list-query';
import { disputesListHref } from '../list-links';

export function Pagination({ query, pages }: { query: DisputeListQuery; pages: number }) {
  const { t } = useTranslation('disputes');
  if (pages <= 1) return null;
  const { page } = query;
  return (
    <nav className="pagination" aria-label={t('list.pagination.label')}>
      {page > 1 ? (
        <Link
          className="button button--secondary"
          to={disputesListHref({ ...query, page: page - 1 })}
        >
          <span aria-hidden="true">← </span>
          {t('list.pagination.previous')}
        </Link>
      ) : null}
      <p className="pagination__status">{t('list.pagination.status', { page, pages })}</p>
      {page < pages ? (
        <Link
          className="button button--secondary"
          to={disputesListHref({ ...query, page: page + 1 })}
        >
          {t('list.pagination.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
