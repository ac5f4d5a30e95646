import { z } from 'zod';
import type { VerifyGestionFinanciereRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 3: the API checks the financial settings and every earlier step again. */
export function verifyGestionFinanciere(request: VerifyGestionFinanciereRequest): Promise<void> {
  return signupPost('/gestion-financiere', request, z.undefined());
}
