import type { SignupStep } from './api/contract';

/** What the API said about a step the user is sent back to; shown once, when it opens. */
export interface PendingStepError {
  code: string;
  fieldErrors: Record<string, string>;
}
const pendingErrors = new Map<SignupStep, PendingStepError>();

export function setPendingError(step: SignupStep, error: PendingStepError): void {
  pendingErrors.set(step, error);
}

export function peekPendingError(step: SignupStep): PendingStepError | null {
  return pendingErrors.get(step) ?? null;
}

/** Once the step is sent again, the API's earlier answer no longer applies. */
export function clearPendingError(step: SignupStep): void {
  pendingErrors.delete(step);
}

export function clearPendingErrors(): void {
  pendingErrors.clear();
}
