import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { createDraftStore } from '@/lib/draft-storage';
import { disputeKeys } from './api/keys';

/**
 * The contest being written, per user and case: survives reload and session expiry. Files
 * cannot be stored, only their names: the form then says which ones to choose again.
 */
export const contestDraftStore = createDraftStore(
  'contestation',
  z.object({
    explication: z.string(),
    /** The names of the files in the list. */
    documents: z.array(z.string()).default([]),
    /** Files chosen before a reload or an expired session, not chosen again yet. */
    lostDocuments: z.array(z.string()).default([]),
  }),
);
type ContestDraft = NonNullable<ReturnType<typeof contestDraftStore.read>>;

export const contestDraftScope = (identifiant: string, numero: string) =>
  `${identifiant}:${numero}`;

/** Changes one part of the stored draft, whatever the page holds of the others. */
export function updateContestDraft(scope: string, change: (draft: ContestDraft) => ContestDraft) {
  const draft = contestDraftStore.read(scope) ?? {
    explication: '',
    documents: [],
    lostDocuments: [],
  };
  contestDraftStore.write(scope, change(draft));
}

/** The files to choose again: named in the draft, but not in the list (`files`) any more. */
export function lostDocuments(draft: ContestDraft | null, files: readonly File[]): string[] {
  if (!draft) return [];
  const names = draft.lostDocuments.concat(files.length === 0 ? draft.documents : []);
  return [...new Set(names)];
}

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
