import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import type { DisputeListResponse } from '../api/contract';
import { disputeTabSchema, type DisputeListQuery } from '../api/list-query';
import { disputesListHref } from '../list-links';

/** One link per tab, filters kept and page reset; each says how many cases it holds. */
export function DisputeTabs({
  query,
  counts,
}: {
  query: DisputeListQuery;
  counts: DisputeListResponse['counts'] | undefined;
}) {
  const { t, i18n } = useTranslation('disputes');
  return (
    <nav className="dispute-tabs" aria-label={t('list.tabsLabel')}>
      <ul className="dispute-tabs__list">
        {disputeTabSchema.options.map((tab) => {
          const count = counts?.[tab];
          return (
            <li key={tab}>
              <Link
                className="dispute-tabs__tab"
                to={disputesListHref({ ...query, tab, page: 1 })}
                aria-current={tab === query.tab ? 'page' : undefined}
              >
                {t(`list.tabs.${tab}`)}
                {count === undefined ? null : (
                  <span className="dispute-tabs__count">
                    <span aria-hidden="true">{formatNumber(count, i18n.language)}</span>
                    <span className="visually-hidden">, {t('list.tabCount', { count })}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
