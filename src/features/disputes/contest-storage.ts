import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { createDraftStore } from '@/lib/draft-storage';
import { disputeKeys } from './api/keys';

/** The explanation being written, per user and case: survives reload and session expiry. */
export const contestDraftStore = createDraftStore(
  'contestation',
  z.object({ explication: z.string() }),
);

export const contestDraftScope = (identifiant: string, numero: string) =>
  `${identifiant}:${numero}`;

/*
 * Chosen files cannot go to sessionStorage; they live in the session's query cache, which
 * logout and session expiry clear, so they survive navigation within the session only.
 */
export function useContestFiles(numero: string) {
  const queryClient = useQueryClient();
  const queryKey = disputeKeys.contestFiles(numero);
  const { data } = useQuery({
    queryKey,
    queryFn: () => [] as File[],
    initialData: [] as File[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const setFiles = useCallback(
    (files: readonly File[]) =>
      queryClient.setQueryData(disputeKeys.contestFiles(numero), [...files]),
    [queryClient, numero],
  );
  return [data, setFiles] as const;
}
