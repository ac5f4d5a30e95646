import { useQuery } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { RECOVERY_ERROR_CODES, resetLinkSchema } from './contract';
import { recoveryKeys } from './keys';
import { recoveryPost } from './recovery-post';

/** Why a link no longer works, as the page explains it. */
export type DeadLink = 'expired' | 'used' | 'unknown';

export function deadLinkOf(error: unknown): DeadLink | null {
  if (!isApiError(error) || error.kind !== 'http') return null;
  switch (error.body?.code) {
    case RECOVERY_ERROR_CODES.linkExpired:
      return 'expired';
    case RECOVERY_ERROR_CODES.linkUsed:
      return 'used';
    case RECOVERY_ERROR_CODES.linkUnknown:
      return 'unknown';
  }
  // A token the API cannot even read is no link of its.
  return error.status === 400 && error.body?.fieldErrors?.jeton ? 'unknown' : null;
}

/**
 * Whether the link the page was opened with still works, asked as soon as it opens so a dead
 * link is explained before anything is typed. The token stays in memory, for this page only.
 */
export function useResetLink(jeton: string | null) {
  return useQuery({
    queryKey: recoveryKeys.resetLink(),
    queryFn: () => recoveryPost('/mot-de-passe/lien', { jeton }, resetLinkSchema),
    enabled: jeton !== null,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}
