import { useMutation, useQueryClient } from '@tanstack/react-query';
import { refreshSession } from '@/features/auth/api/session-store';
import { dashboardKeys } from '@/features/dashboard/api/keys';
import { apiRequest } from '@/lib/api-client';
import { activationResponseSchema, type ActivationRequest } from './contract';
import { activationKeys } from './keys';

export function activateDisputeManagement(request: ActivationRequest) {
  return apiRequest('/compte/gestion-litiges', {
    method: 'POST',
    body: request,
    schema: activationResponseSchema,
  });
}

export function useActivateDisputeManagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateDisputeManagement,
    // The session says whether the tool is on (prompt, guards); the dashboard shows it: no reload.
    onSuccess: () =>
      Promise.all([
        refreshSession().catch(() => undefined),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
        queryClient.invalidateQueries({ queryKey: activationKeys.all }),
      ]),
  });
}
