import { paths } from '@/lib/paths';
import {
  toDisputeListSearchParams,
  type DisputeListQuery,
  type DisputeSortField,
  type SortOrder,
} from './api/list-query';

/** The list's URL for a query: defaults left out, so links stay short and canonical. */
export function disputesListHref(query: Partial<DisputeListQuery>): string {
  const search = toDisputeListSearchParams(query).toString();
  return search ? `${paths.disputes}?${search}` : paths.disputes;
}

export function disputeCaseHref(numero: string): string {
  return `${paths.disputes}/${encodeURIComponent(numero)}`;
}

export function contestHref(numero: string): string {
  return `${disputeCaseHref(numero)}/contestation`;
}

/** The order a column sorts by on its first click: soonest deadlines, newest cases, biggest amounts. */
export const firstOrder: Record<DisputeSortField, SortOrder> = {
  deadline: 'asc',
  number: 'asc',
  opened: 'desc',
  amount: 'desc',
};
