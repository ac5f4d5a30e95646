import { HttpResponse } from 'msw';
import {
  createAccountRequestSchema,
  IDENTIFIANT_TAKEN_KEY,
  SIGNUP_ERROR_CODES,
  verifyEtablissementRequestSchema,
  verifyGestionFinanciereRequestSchema,
  verifyProfilRequestSchema,
  type Etablissement,
  type EtablissementVerifie,
  type Profil,
} from '@/features/signup/api/contract';
import { now } from '../clock';
import { db } from '../db';
import { emailAccountCreated } from '../emails';
import { endpoint, errorResponse, findAccount } from '../http';
import { requestLanguage } from '../lib/request-language';
import type { AccountRecord, EstablishmentRecord } from '../records';
import { startSession } from '../server-state';
import { sessionBody } from './session';

/**
 * Signup. Every request carries the earlier steps, checked again here (the contract's schemas
 * first, in `endpoint`, then the network's data), so a step cannot be skipped or reached early.
 */

function findEstablishment({ numeroCommercant, siret, iban }: Etablissement) {
  return db.establishments.findFirst((q) => q.where({ numeroCommercant, siret, iban }));
}

function hasAccount(establishment: EstablishmentRecord): boolean {
  return (
    db.accounts.findFirst((q) => q.where({ numeroCommercant: establishment.numeroCommercant })) !==
    undefined
  );
}

/** A Response when the step is refused; the establishment when it passes. */
function checkEtablissement(etablissement: Etablissement): Response | EstablishmentRecord {
  const establishment = findEstablishment(etablissement);
  // One answer for any mismatch: the API does not say which of the three numbers is wrong.
  if (!establishment) return errorResponse(422, SIGNUP_ERROR_CODES.unknownEstablishment);
  if (hasAccount(establishment)) return errorResponse(409, SIGNUP_ERROR_CODES.alreadyRegistered);
  return establishment;
}

function checkProfil(profil: Profil): Response | null {
  if (!findAccount(profil.identifiant)) return null;
  return errorResponse(409, SIGNUP_ERROR_CODES.identifiantTaken, {
    fieldErrors: { 'profil.identifiant': IDENTIFIANT_TAKEN_KEY },
  });
}

/** Accounts created per draft: a repeated submission gets the same account back, not a second. */
const creations = new Map<string, Promise<AccountRecord>>();

function logIn(account: AccountRecord) {
  const session = startSession(account.identifiant);
  return HttpResponse.json(sessionBody(session, account), { status: 201 });
}

export const signupHandlers = [
  endpoint(
    'post',
    '/inscription/etablissement',
    { body: verifyEtablissementRequestSchema },
    ({ body }) => {
      const establishment = checkEtablissement(body.etablissement);
      if (establishment instanceof Response) return establishment;
      return HttpResponse.json({
        raisonSociale: establishment.raisonSociale,
        adresse: establishment.adresse,
      } satisfies EtablissementVerifie);
    },
  ),

  endpoint('post', '/inscription/profil', { body: verifyProfilRequestSchema }, ({ body }) => {
    const establishment = checkEtablissement(body.etablissement);
    if (establishment instanceof Response) return establishment;
    return checkProfil(body.profil) ?? new HttpResponse(null, { status: 204 });
  }),

  endpoint(
    'post',
    '/inscription/gestion-financiere',
    { body: verifyGestionFinanciereRequestSchema },
    ({ body }) => {
      const establishment = checkEtablissement(body.etablissement);
      if (establishment instanceof Response) return establishment;
      return checkProfil(body.profil) ?? new HttpResponse(null, { status: 204 });
    },
  ),

  endpoint('post', '/inscription', { body: createAccountRequestSchema }, async (context) => {
    const { body, request } = context;
    const { demandeId, etablissement, profil, gestionFinanciere } = body;
    // No await before the claim below unless this draft was seen: two requests cannot interleave.
    const previous = creations.get(demandeId);
    if (previous) {
      const account = await previous.catch(() => null);
      if (account && findAccount(account.identifiant)) return logIn(account);
    }

    const establishment = checkEtablissement(etablissement);
    if (establishment instanceof Response) return establishment;
    const refused = checkProfil(profil);
    if (refused) return refused;

    const { notifications } = gestionFinanciere;
    const account: AccountRecord = {
      identifiant: profil.identifiant,
      password: profil.password,
      prenom: profil.prenom,
      nom: profil.nom,
      email: profil.email,
      telephone: profil.telephone ?? null,
      numeroCommercant: establishment.numeroCommercant,
      gestionLitiges: gestionFinanciere.gestionLitiges,
      notifications: {
        ouverture: notifications.ouverture,
        miseAJour: notifications.miseAJour,
        // On by default for a new subscription; changed later in the notification settings.
        rappels: gestionFinanciere.gestionLitiges,
        email: notifications.autreEmail ?? profil.email,
      },
      createdAt: new Date(now()).toISOString(),
      // The space's language at signup: its e-mails are written in it.
      langue: requestLanguage(request),
    };
    // Claimed before the write: a second request arriving meanwhile waits for this one.
    const creation = db.accounts.create(account).then(() => account);
    creations.set(demandeId, creation);
    await creation;
    emailAccountCreated(account, establishment.raisonSociale);
    return logIn(account);
  }),
];
