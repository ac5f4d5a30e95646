import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { SignupStep } from './api/contract';
import { loadSignupChecks, markVerified, saveAnswers, setPassword } from './draft';
import type { SignupAnswers } from './draft-schema';

/** The README's demo data: an establishment of the network with no online account yet. */
export const fromagerie = {
  numeroCommercant: '9400000037',
  siret: '732 829 320 00074',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  raisonSociale: 'Fromagerie Dubois',
  adresse: '8 rue de la Paix, 74000 Annecy',
};

export const profil = {
  prenom: 'Claire',
  nom: 'Dubois',
  email: 'claire@fromagerie-dubois.fr',
  telephone: '06 11 22 33 44',
  identifiant: 'claire.dubois',
};
export const password = 'Tomme-de-Savoie-2026';

export const gestion: SignupAnswers['gestionFinanciere'] = {
  gestionLitiges: true,
  notifications: { ouverture: true, miseAJour: true, autreEmail: '' },
  conditionsAcceptees: true,
};

/** The state a user leaves behind after completing the steps before `step`, as the API accepted them. */
export async function completeStepsBefore(step: SignupStep | 'review'): Promise<void> {
  // Verifying a step runs its checks, as it does after the user has filled it in.
  await loadSignupChecks();
  saveAnswers('etablissement', {
    numeroCommercant: fromagerie.numeroCommercant,
    siret: fromagerie.siret,
    iban: fromagerie.iban,
  });
  markVerified('etablissement', fromagerie);
  if (step === 'etablissement' || step === 'profil') return;
  saveAnswers('profil', profil);
  setPassword(password);
  markVerified('profil');
  if (step === 'gestionFinanciere') return;
  saveAnswers('gestionFinanciere', gestion);
  markVerified('gestionFinanciere');
}

export async function typeInto(user: UserEvent, label: string | RegExp, value: string) {
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  if (value) await user.type(field, value);
}
