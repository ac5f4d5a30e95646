import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { disputeExportResponseSchema } from './contract';
import { toDisputeListSearchParams, type DisputeListQuery } from './list-query';

/** Every row of the view, not only the page on screen. */
export function exportDisputes(query: DisputeListQuery) {
  const search = toDisputeListSearchParams({ ...query, page: 1 }).toString();
  return apiRequest(`/litiges/export${search ? `?${search}` : ''}`, {
    schema: disputeExportResponseSchema,
  });
}

export function useExportDisputes() {
  return useMutation({ mutationFn: exportDisputes });
}
