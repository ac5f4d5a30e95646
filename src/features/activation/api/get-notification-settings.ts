import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { notificationSettingsResponseSchema } from './contract';
import { activationKeys } from './keys';

export const notificationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: activationKeys.notifications(),
    queryFn: ({ signal }) =>
      apiRequest('/compte/notifications', { schema: notificationSettingsResponseSchema, signal }),
  });

export function useNotificationSettings() {
  return useQuery(notificationSettingsQueryOptions());
}
