// The signup's steps and error codes, without zod: the first step's page loads them before the
// contract's schemas, which wait until the user starts on the form.

export const SIGNUP_STEPS = ['etablissement', 'profil', 'gestionFinanciere'] as const;
export type SignupStep = (typeof SIGNUP_STEPS)[number];

export const SIGNUP_ERROR_CODES = {
  validation: 'VALIDATION',
  unknownEstablishment: 'ETABLISSEMENT_INCONNU',
  alreadyRegistered: 'ETABLISSEMENT_DEJA_INSCRIT',
  identifiantTaken: 'IDENTIFIANT_INDISPONIBLE',
} as const;
