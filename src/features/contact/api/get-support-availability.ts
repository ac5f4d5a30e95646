import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { supportAvailabilitySchema } from './contract';
import { contactKeys } from './keys';

export function getSupportAvailability({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('/contact/disponibilite', { schema: supportAvailabilitySchema, signal });
}

// Asked again every minute, so « Ouvert » turns to « Fermé » at 18 h 00 without a reload.
const REFRESH_MS = 60_000;

export const supportAvailabilityQueryOptions = () =>
  queryOptions({
    queryKey: contactKeys.availability(),
    queryFn: ({ signal }) => getSupportAvailability({ signal }),
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
  });

export function useSupportAvailability() {
  return useQuery(supportAvailabilityQueryOptions());
}
