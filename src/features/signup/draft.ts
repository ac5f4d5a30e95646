import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { draftStorageKey } from '@/lib/draft-storage';
import {
  etablissementSchema,
  gestionFinanciereSchema,
  profilDraftSchema,
  SIGNUP_STEPS,
  type SignupStep,
} from './api/contract';

/**
 * The signup answers survive a reload (sessionStorage: this tab only, gone with it). The password
 * never leaves memory: after a reload the profile step asks for it again. A draft like the
 * others: a logout takes the IBAN, SIRET and e-mail typed here with it.
 */
const STORAGE_KEY = draftStorageKey('inscription');

const answersSchema = z.object({
  etablissement: z.object({ numeroCommercant: z.string(), siret: z.string(), iban: z.string() }),
  profil: z.object({
    prenom: z.string(),
    nom: z.string(),
    email: z.string(),
    telephone: z.string().optional(),
    identifiant: z.string(),
  }),
  gestionFinanciere: z.object({
    gestionLitiges: z.boolean(),
    notifications: z.object({
      ouverture: z.boolean(),
      miseAJour: z.boolean(),
      autreEmail: z.string().optional(),
    }),
    conditionsAcceptees: z.boolean(),
  }),
});
export type SignupAnswers = z.infer<typeof answersSchema>;

const verifiedSchema = z.object({ key: z.string() });
const draftSchema = z.object({
  demandeId: z.string(),
  answers: answersSchema,
  /** What the API accepted, keyed by the normalized answers it accepted. */
  verified: z.object({
    etablissement: verifiedSchema
      .extend({ raisonSociale: z.string(), adresse: z.string() })
      .optional(),
    profil: verifiedSchema.optional(),
    gestionFinanciere: verifiedSchema.optional(),
  }),
  /** Tells the profile step, after a reload, why the password field is empty again. */
  passwordTyped: z.boolean(),
});
export type SignupDraft = z.infer<typeof draftSchema>;

export const emptyAnswers: SignupAnswers = {
  etablissement: { numeroCommercant: '', siret: '', iban: '' },
  profil: { prenom: '', nom: '', email: '', telephone: '', identifiant: '' },
  gestionFinanciere: {
    gestionLitiges: false,
    notifications: { ouverture: true, miseAJour: true, autreEmail: '' },
    conditionsAcceptees: false,
  },
};

function newDraft(): SignupDraft {
  return {
    demandeId: crypto.randomUUID(),
    answers: structuredClone(emptyAnswers),
    verified: {},
    passwordTyped: false,
  };
}

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

function parse(raw: string | null): SignupDraft | null {
  if (raw === null) return null;
  try {
    const result = draftSchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The current draft; a fresh one (stored at the first answer) when there is none. */
export function readDraft(): SignupDraft {
  const raw = readRaw();
  if (cached && cached.raw === raw) return cached.draft;
  const draft = parse(raw) ?? newDraft();
  cached = { raw, draft };
  return draft;
}

function writeDraft(draft: SignupDraft): void {
  writeRaw(JSON.stringify(draft));
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
  const schema = {
    etablissement: etablissementSchema,
    profil: profilDraftSchema,
    gestionFinanciere: gestionFinanciereSchema,
  }[step];
  const result = schema.safeParse(answers[step]);
  return result.success ? JSON.stringify(result.data) : null;
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
  pendingErrors.clear();
  writeRaw(null);
  cached = null;
  for (const listener of listeners) listener();
}

// What the build's prerendered page shows: a new visitor's signup. Once the page is hydrated,
// this tab's own draft replaces it.
let visitorDraft: SignupDraft | null = null;
const readVisitorDraft = () => (visitorDraft ??= newDraft());

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

// Only the confirmation page needs to know an account was just created here, in this page.
let accountCreated = false;
export function markAccountCreated(): void {
  accountCreated = true;
}
export function wasAccountCreated(): boolean {
  return accountCreated;
}
