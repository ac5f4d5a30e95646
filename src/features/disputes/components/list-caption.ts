import type { TFunction } from '@/lib/i18n';
import type { DisputeListResponse } from '../api/contract';
import type { DisputeListQuery, DisputeSortField } from '../api/list-query';

export const SORT_COLUMN_KEY = {
  number: 'list.columns.number',
  opened: 'list.columns.opened',
  amount: 'list.columns.amount',
  deadline: 'list.columns.deadline',
} as const satisfies Record<DisputeSortField, string>;

/** What a page of the list shows and in which order: the table's caption, the cards' title. */
export function listCaption(
  t: TFunction,
  data: DisputeListResponse,
  query: DisputeListQuery,
): string {
  const from = (data.page - 1) * data.pageSize + 1;
  return t('list.caption', {
    tab: t(`list.tabs.${query.tab}`),
    from,
    to: from + data.items.length - 1,
    total: data.total,
    column: t(SORT_COLUMN_KEY[query.sort]),
    order: t(query.order === 'asc' ? 'list.sort.ascending' : 'list.sort.descending'),
  });
}
