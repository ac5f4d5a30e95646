import { HttpResponse } from 'msw';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import {
  activationRequestSchema,
  notificationSettingsSchema,
  type ActivationResponse,
} from '@/features/activation/api/contract';
import type { AccountSummary } from '@/features/dashboard/api/contract';
import { db } from '../db';
import { emailDisputeToolActivated } from '../emails';
import { endpoint, errorResponse } from '../http';
import type { AccountRecord } from '../records';

function accountSummary(account: AccountRecord): AccountSummary {
  const establishment = db.establishments.findFirst((q) =>
    q.where({ numeroCommercant: account.numeroCommercant }),
  );
  const iban = establishment?.iban ?? '';
  return {
    etablissement: {
      raisonSociale: establishment?.raisonSociale ?? '',
      numeroCommercant: account.numeroCommercant,
      siret: establishment?.siret ?? '',
      ibanFin: iban.slice(-4),
      ibanLongueur: iban.length,
    },
    utilisateur: {
      identifiant: account.identifiant,
      prenom: account.prenom,
      nom: account.nom,
      email: account.email,
    },
    services: {
      gestionLitiges: account.gestionLitiges,
      // Subscribing to the online tool is what stops the notices by post.
      avisLitiges: account.gestionLitiges ? 'en-ligne' : 'courrier',
      notifications: account.notifications,
    },
  };
}

export const accountHandlers = [
  endpoint('get', '/compte', { auth: true }, ({ account }) =>
    HttpResponse.json(accountSummary(account)),
  ),

  endpoint(
    'post',
    '/compte/gestion-litiges',
    { auth: true, body: activationRequestSchema },
    async ({ account, body }) => {
      // Idempotent: a second click or a second tab finds the subscription and changes nothing.
      if (account.gestionLitiges) {
        return HttpResponse.json({
          dejaActive: true,
          notifications: account.notifications,
        } satisfies ActivationResponse);
      }
      await db.accounts.update((q) => q.where({ identifiant: account.identifiant }), {
        data(record) {
          record.gestionLitiges = true;
          record.notifications = body.notifications;
        },
      });
      emailDisputeToolActivated({
        ...account,
        gestionLitiges: true,
        notifications: body.notifications,
      });
      return HttpResponse.json({
        dejaActive: false,
        notifications: body.notifications,
      } satisfies ActivationResponse);
    },
  ),

  endpoint('get', '/compte/notifications', { auth: true }, ({ account }) => {
    if (!account.gestionLitiges) return errorResponse(403, API_ERROR_CODES.notSubscribed);
    return HttpResponse.json(account.notifications);
  }),

  endpoint(
    'put',
    '/compte/notifications',
    { auth: true, body: notificationSettingsSchema },
    async ({ account, body }) => {
      if (!account.gestionLitiges) {
        return errorResponse(403, API_ERROR_CODES.notSubscribed);
      }
      await db.accounts.update((q) => q.where({ identifiant: account.identifiant }), {
        data(record) {
          record.notifications = body;
        },
      });
      return HttpResponse.json(body);
    },
  ),
];
