import type { SignupAnswers, SignupDraft } from './draft-schema';

/* A new visitor's draft, without zod: the first step's page shows it before any schema loads. */

export const emptyAnswers: SignupAnswers = {
  etablissement: { numeroCommercant: '', siret: '', iban: '' },
  profil: { prenom: '', nom: '', email: '', telephone: '', identifiant: '' },
  gestionFinanciere: {
    gestionLitiges: false,
    notifications: { ouverture: true, miseAJour: true, autreEmail: '' },
    conditionsAcceptees: false,
  },
};

export function newDraft(): SignupDraft {
  return {
    demandeId: crypto.randomUUID(),
    answers: structuredClone(emptyAnswers),
    verified: {},
    passwordTyped: false,
  };
}
