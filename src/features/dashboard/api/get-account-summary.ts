import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { accountSummarySchema } from './contract';
import { dashboardKeys } from './keys';

export function getAccountSummary({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('/compte', { schema: accountSummarySchema, signal });
}

export const accountSummaryQueryOptions = () =>
  queryOptions({
    queryKey: dashboardKeys.account(),
    queryFn: ({ signal }) => getAccountSummary({ signal }),
  });

export function useAccountSummary() {
  return useQuery(accountSummaryQueryOptions());
}
