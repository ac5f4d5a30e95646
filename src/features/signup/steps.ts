import { paths } from '@/lib/paths';
import { SIGNUP_STEPS, type SignupStep } from './api/signup-steps';
import { firstIncompleteStep } from './draft';

export const signupStepPaths: Record<SignupStep, string> = {
  etablissement: paths.signupEtablissement,
  profil: paths.signupProfil,
  gestionFinanciere: paths.signupGestionFinanciere,
};

/** 1-based, as the stepper says it: « Étape 2 sur 3 ». */
export function stepNumber(step: SignupStep): number {
  return SIGNUP_STEPS.indexOf(step) + 1;
}

export function nextStep(step: SignupStep): SignupStep | null {
  return SIGNUP_STEPS[SIGNUP_STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: SignupStep): SignupStep | null {
  return SIGNUP_STEPS[SIGNUP_STEPS.indexOf(step) - 1] ?? null;
}

/** `?retour=verification`: a « Modifier » from the review comes back to it once the step is valid. */
export const RETURN_PARAM = 'retour';
export const RETURN_TO_REVIEW = 'verification';

/** Where a step goes once the API accepted it: the next step, or back to the review. */
export function pathAfterStep(step: SignupStep, returningToReview: boolean): string {
  if (returningToReview) {
    const missing = firstIncompleteStep();
    return missing
      ? `${signupStepPaths[missing]}?${RETURN_PARAM}=${RETURN_TO_REVIEW}`
      : paths.signupReview;
  }
  const next = nextStep(step);
  return next ? signupStepPaths[next] : paths.signupReview;
}
