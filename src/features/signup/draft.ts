import { useSyncExternalStore } from 'react';
import { draftStorageKey } from '@/lib/draft-storage';
import { SIGNUP_STEPS, type SignupStep } from './api/signup-steps';
import type { SignupAnswers, SignupDraft } from './draft-schema';
import { newDraft } from './new-draft';
import { clearPendingErrors } from './pending-step-errors';
import type * as SignupChecksModule from './signup-checks';

/**
 * The signup answers survive a reload (sessionStorage: this tab only, gone with it). The password
 * never leaves memory: after a reload the profile step asks for it again. A draft like the
 * others: a logout takes the IBAN, SIRET and e-mail typed here with it.
 */
const STORAGE_KEY = draftStorageKey('inscription');

// Private browsing may refuse storage; the flow then still works for the life of the page.
let memoryFallback: string | null = null;
function readRaw(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return memoryFallback;
  }
}
function writeRaw(value: string | null): void {
  memoryFallback = value;
  try {
    if (value === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Kept in memory only.
  }
}

const listeners = new Set<() => void>();
let cached: { raw: string | null; draft: SignupDraft } | null = null;
let password: { demandeId: string; value: string } | null = null;

type SignupChecks = typeof SignupChecksModule;
let checks: SignupChecks | null = null;

/** The signup's zod checks: loaded at a form's first change, or before a stored draft shows. */
export async function loadSignupChecks(): Promise<SignupChecks> {
  if (!checks) {
    checks = await import('./signup-checks');
    // Anything read without its checks is read again with them.
    cached = null;
  }
  return checks;
}

/**
 * Before a signup page or guard reads the draft: a draft stored before this page loaded (a
 * reload) needs its checks to be read; a new visitor's page shows without them.
 */
export async function prepareSignupDraft(): Promise<void> {
  if (readRaw() !== null) await loadSignupChecks();
}

function parse(raw: string | null): SignupDraft | null {
  // Without its checks nothing stored is trusted: the visitor starts again.
  return raw === null || !checks ? null : checks.parseDraft(raw);
}

// What the build's prerendered page shows: a new visitor's signup. Once the page is hydrated,
// this tab's own draft replaces it (a new visitor's is this very one).
let visitorDraft: SignupDraft | null = null;
const readVisitorDraft = () => (visitorDraft ??= newDraft());

/** The current draft; a fresh one (stored at the first answer) when there is none. */
export function readDraft(): SignupDraft {
  const raw = readRaw();
  if (cached && cached.raw === raw) return cached.draft;
  // The same object as the prerendered page's: hydration then has nothing to re-render.
  const draft = parse(raw) ?? readVisitorDraft();
  cached = { raw, draft };
  return draft;
}

function writeDraft(draft: SignupDraft): void {
  const raw = JSON.stringify(draft);
  writeRaw(raw);
  // Written here, so known: read back without parsing it again.
  cached = { raw, draft };
  for (const listener of listeners) listener();
}

function updateDraft(change: (draft: SignupDraft) => SignupDraft): void {
  writeDraft(change(readDraft()));
}

export function saveAnswers<S extends SignupStep>(step: S, values: SignupAnswers[S]): void {
  updateDraft((draft) => ({ ...draft, answers: { ...draft.answers, [step]: values } }));
}

export function getPassword(): string {
  const { demandeId } = readDraft();
  return password?.demandeId === demandeId ? password.value : '';
}

export function setPassword(value: string): void {
  const draft = readDraft();
  if (getPassword() === value) return;
  password = { demandeId: draft.demandeId, value };
  // A new password has not been checked by the API yet.
  writeDraft({
    ...draft,
    verified: { ...draft.verified, profil: undefined },
    passwordTyped: draft.passwordTyped || value !== '',
  });
}

/** The key of a step's answers once normalized by the contract, or null if they are invalid. */
function answersKey(step: SignupStep, answers: SignupAnswers): string | null {
  // Only a verified step is keyed: its checks were loaded to verify it, or with its stored draft.
  return checks ? checks.answersKey(step, answers) : null;
}

export function markVerified(step: 'profil' | 'gestionFinanciere'): void;
export function markVerified(
  step: 'etablissement',
  establishment: { raisonSociale: string; adresse: string },
): void;
export function markVerified(
  step: SignupStep,
  establishment?: { raisonSociale: string; adresse: string },
): void {
  updateDraft((draft) => {
    const key = answersKey(step, draft.answers);
    if (key === null) return draft;
    return { ...draft, verified: { ...draft.verified, [step]: { ...establishment, key } } };
  });
}

export function forgetVerification(step: SignupStep): void {
  updateDraft((draft) => ({ ...draft, verified: { ...draft.verified, [step]: undefined } }));
}

/** A step is complete when the API accepted exactly the answers it now holds. */
export function isStepComplete(step: SignupStep, draft: SignupDraft = readDraft()): boolean {
  const verified = draft.verified[step];
  if (!verified || verified.key !== answersKey(step, draft.answers)) return false;
  return step !== 'profil' || getPassword() !== '';
}

export function firstIncompleteStep(draft: SignupDraft = readDraft()): SignupStep | null {
  return SIGNUP_STEPS.find((step) => !isStepComplete(step, draft)) ?? null;
}

/** The establishment the API recognised, while step 1's answers are still the ones it checked. */
export function verifiedEstablishment(draft: SignupDraft) {
  return isStepComplete('etablissement', draft) ? (draft.verified.etablissement ?? null) : null;
}

export function clearDraft(): void {
  password = null;
  clearPendingErrors();
  writeRaw(null);
  cached = null;
  visitorDraft = null;
  for (const listener of listeners) listener();
}

export function useSignupDraft(): SignupDraft {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readDraft,
    readVisitorDraft,
  );
}
