import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import type { VerifyProfilRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 2: the API checks the profile (identifiant free, password rules) and step 1 again. */
export function useVerifyProfil() {
  return useMutation({
    mutationFn: (request: VerifyProfilRequest) => signupPost('/profil', request, z.undefined()),
  });
}
