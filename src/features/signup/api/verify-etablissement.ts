import type { VerifyEtablissementRequest } from './contract';
import { signupPost } from './signup-request';

/** Step 1: the network's establishment matching the three numbers, if it has no account yet. */
export async function verifyEtablissement(request: VerifyEtablissementRequest) {
  // Loaded with the form's own checks, by then: the first step's page shows without zod.
  const { etablissementVerifieSchema } = await import('./contract');
  return signupPost('/etablissement', request, etablissementVerifieSchema);
}
