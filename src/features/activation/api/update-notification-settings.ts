import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '@/features/dashboard/api/keys';
import { apiRequest } from '@/lib/api-client';
import { notificationSettingsResponseSchema, type NotificationSettings } from './contract';
import { activationKeys } from './keys';

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: NotificationSettings) =>
      apiRequest('/compte/notifications', {
        method: 'PUT',
        body: settings,
        schema: notificationSettingsResponseSchema,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(activationKeys.notifications(), saved);
      await queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
    },
  });
}
