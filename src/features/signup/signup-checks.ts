import {
  etablissementSchema,
  gestionFinanciereSchema,
  profilDraftSchema,
  type SignupStep,
} from './api/contract';
import { draftSchema, type SignupAnswers, type SignupDraft } from './draft-schema';

/*
 * The signup's zod checks, in one chunk of their own: the first step's page shows without them,
 * and they load once the user starts on the form (or at once, when a stored draft needs them).
 */

export { etablissementSchema, gestionFinanciereSchema, profilSchema } from './api/contract';

export function parseDraft(raw: string): SignupDraft | null {
  try {
    const result = draftSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The key of a step's answers once normalized by the contract, or null if they are invalid. */
export function answersKey(step: SignupStep, answers: SignupAnswers): string | null {
  const schema = {
    etablissement: etablissementSchema,
    profil: profilDraftSchema,
    gestionFinanciere: gestionFinanciereSchema,
  }[step];
  const result = schema.safeParse(answers[step]);
  return result.success ? JSON.stringify(result.data) : null;
}
