import { z } from 'zod';
import type { VerifyProfilRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 2: the API checks the profile (identifiant free, password rules) and step 1 again. */
export function verifyProfil(request: VerifyProfilRequest): Promise<void> {
  return signupPost('/profil', request, z.undefined());
}
