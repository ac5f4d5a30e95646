import { redirect } from 'react-router';
import { ensureSession } from '@/features/auth/api/session-store';
import { paths } from '@/lib/paths';
import { SIGNUP_STEPS, type SignupStep } from './api/signup-steps';
import { wasAccountCreated } from './account-created';
import { firstIncompleteStep, isStepComplete, prepareSignupDraft } from './draft';
import { signupStepPaths } from './steps';

// The router imports this module lazily: the signup stays out of the start-up chunk.

/** Before a step renders: every earlier step must be complete, else go to the first that is not. */
export async function requireEarlierSteps(target: SignupStep | 'review'): Promise<null> {
  await prepareSignupDraft();
  const earlier =
    target === 'review' ? SIGNUP_STEPS : SIGNUP_STEPS.slice(0, SIGNUP_STEPS.indexOf(target));
  const missing = earlier.find((step) => !isStepComplete(step));
  if (missing) throw redirect(signupStepPaths[missing]);
  return null;
}

/** `/inscription` itself: resume where the draft stopped. */
export async function resumeSignup(): Promise<never> {
  await prepareSignupDraft();
  const step = firstIncompleteStep();
  throw redirect(step ? signupStepPaths[step] : paths.signupReview);
}

/** The confirmation belongs to the account just created in this page; anyone else moves on. */
export async function requireNewAccount(): Promise<null> {
  const session = await ensureSession().catch(() => null);
  if (!session?.user) throw redirect(paths.signup);
  if (!wasAccountCreated()) throw redirect(paths.dashboard);
  return null;
}
