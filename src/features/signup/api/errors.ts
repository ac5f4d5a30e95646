import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { SIGNUP_ERROR_CODES, SIGNUP_STEPS, type SignupStep } from './signup-steps';

/** What the user should see for a failed signup call. */
export type SignupFailure =
  /** Something about a step's answers: shown on that step, on its fields or in its alert. */
  | { kind: 'step'; step: SignupStep; code: string; fieldErrors: Record<string, string> }
  /** The network or the server failed: the answers are fine, the user may retry. */
  | { kind: 'retry'; messageKey: string };

function isStep(value: string | undefined): value is SignupStep {
  return (SIGNUP_STEPS as readonly string[]).includes(value ?? '');
}

/**
 * Maps the API's answer to the step it is about. Field errors come keyed by their path in the
 * request (`profil.identifiant`); the earliest step with an error wins, as the user fixes in order.
 */
export function mapSignupError(error: unknown): SignupFailure {
  if (isApiError(error) && error.kind === 'http' && error.status < 500 && error.body) {
    const { code, fieldErrors = {} } = error.body;
    if (
      code === SIGNUP_ERROR_CODES.unknownEstablishment ||
      code === SIGNUP_ERROR_CODES.alreadyRegistered
    ) {
      return { kind: 'step', step: 'etablissement', code, fieldErrors: {} };
    }
    const byStep = new Map<SignupStep, Record<string, string>>();
    for (const [path, message] of Object.entries(fieldErrors)) {
      const [step, ...field] = path.split('.');
      if (!isStep(step) || field.length === 0) continue;
      byStep.set(step, { ...byStep.get(step), [field.join('.')]: message });
    }
    const step = SIGNUP_STEPS.find((candidate) => byStep.has(candidate));
    if (step) return { kind: 'step', step, code, fieldErrors: byStep.get(step) ?? {} };
  }
  return { kind: 'retry', messageKey: apiErrorMessageKey(error) };
}
