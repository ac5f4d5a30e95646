import { useMutation, useQueryClient } from '@tanstack/react-query';
import { etablissementVerifieSchema, type VerifyEtablissementRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 1: the network's establishment matching the three numbers, if it has no account yet. */
export function useVerifyEtablissement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: VerifyEtablissementRequest) =>
      signupPost(queryClient, '/etablissement', request, etablissementVerifieSchema),
  });
}
