import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { VerifyProfilRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 2: the API checks the profile (identifiant free, password rules) and step 1 again. */
export function useVerifyProfil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: VerifyProfilRequest) =>
      signupPost(queryClient, '/profil', request, z.undefined()),
  });
}
