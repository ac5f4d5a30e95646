import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { DisputeStatus } from '@/features/disputes/api/contract';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

function demoCase(motif: string, statut: DisputeStatus) {
  const found = db.disputes.findFirst((q) => q.where({ motif, statut }));
  if (!found) throw new Error(`No demo case ${motif} ${statut}`);
  return found;
}

function definition(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

function requestsTo(suffix: string) {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(suffix)) {
      void request
        .clone()
        .text()
        .then((text) => bodies.push(text));
    }
  });
  return bodies;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The `Idempotency-Key` of each POST that reached the API at `suffix` (null: none). */
function idempotencyKeys(suffix: string) {
  const keys: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith(suffix)) {
      keys.push(request.headers.get('Idempotency-Key'));
    }
  });
  return keys;
}

async function openAcceptDialog(numero: string) {
  const app = renderApp(`/litiges/${numero}`, { as: 'marie.durand' });
  await app.user.click(await screen.findByRole('button', { name: 'Accepter' }));
  const dialog = await screen.findByRole('dialog');
  return {
    ...app,
    confirm: within(dialog).getByRole('button', { name: 'Confirmer l’acceptation' }),
  };
}

describe('Litiges — le dossier', () => {
  it('shows every field, the guidance for its motif and the timeline', async () => {
    const dispute = demoCase('C08', 'reponse-requise');
    renderApp(`/litiges/${dispute.numeroDossier}`, { as: 'marie.durand' });
    expect(
      await screen.findByRole('heading', { level: 1, name: `Dossier ${dispute.numeroDossier}` }),
    ).toBeVisible();
    await screen.findByText('Statut', { selector: 'dt' });
    expect(definition('Statut')).toHaveTextContent('Réponse requise');
    expect(definition('Type')).toHaveTextContent('Débit compensatoire');
    expect(definition('Motif')).toHaveTextContent(
      'C08 — Marchandise ou prestation non reçue, ou reçue en partie',
    );
    expect(definition('Date limite de réponse')).toHaveTextContent('aujourd’hui');
    expect(definition('Carte du titulaire')).toHaveTextContent(`…${dispute.derniersChiffresCarte}`);
    expect(definition('Référence du titulaire')).toHaveTextContent(dispute.referenceTitulaire);
    expect(definition('Montant en litige')).toHaveTextContent(/\d,\d{2}\s€/);
    const guidance = screen.getByRole('region', { name: 'Comment répondre à ce motif' });
    expect(guidance).toHaveTextContent(/preuve de livraison signée/);
    const timeline = screen.getByRole('region', { name: 'Historique' });
    expect(within(timeline).getByText('Ouverture du litige')).toBeVisible();
    // The matcher collapses the notes' non-breaking spaces.
    expect(screen.getByRole('region', { name: 'Notes du réseau' })).toHaveTextContent(
      dispute.notesReseau.replace(/\s+/g, ' '),
    );
    expect(screen.getByRole('link', { name: 'Contester' })).toHaveAttribute(
      'href',
      `/litiges/${dispute.numeroDossier}/contestation`,
    );
  });

  it('« Imprimer le dossier » opens the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const dispute = demoCase('C08', 'reponse-requise');
    const { user } = renderApp(`/litiges/${dispute.numeroDossier}`, { as: 'marie.durand' });
    await user.click(await screen.findByRole('button', { name: 'Imprimer le dossier' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('accepts after a confirmation saying what it costs; the case becomes « Accepté »', async () => {
    const dispute = demoCase('F29', 'reponse-requise');
    const sent = requestsTo('/acceptation');
    const { user } = renderApp(`/litiges/${dispute.numeroDossier}`, { as: 'marie.durand' });
    await user.click(await screen.findByRole('button', { name: 'Accepter' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Accepter le litige ${dispute.numeroDossier}\u00a0?`,
    });
    expect(dialog).toHaveTextContent(/sera débité de votre compte et remboursé au titulaire/);
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Accepter' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Confirmer l’acceptation',
      }),
    );
    expect(await screen.findByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    await waitFor(() => expect(definition('Statut')).toHaveTextContent('Accepté'));
    expect(screen.getByText('Ce litige ne peut plus recevoir de réponse')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'Historique' })).getByText('Litige accepté'),
    ).toBeVisible();
    expect(sent).toEqual(['{}']);
  });

  it('sends one request for two clicks in the same task, with an Idempotency-Key', async () => {
    const dispute = demoCase('F29', 'reponse-requise');
    const keys = idempotencyKeys('/acceptation');
    const { confirm } = await openAcceptDialog(dispute.numeroDossier);
    // Both clicks run before React renders the pending state: only a guard set at once holds.
    act(() => {
      confirm.click();
      confirm.click();
    });
    expect(await screen.findByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    expect(keys).toEqual([expect.stringMatching(UUID)]);
  });

  it('sends the same action again with the same key after a network failure', async () => {
    const dispute = demoCase('F29', 'reponse-requise');
    const keys = idempotencyKeys('/acceptation');
    server.use(
      http.post('*/api/litiges/:numero/acceptation', () => HttpResponse.error(), { once: true }),
    );
    const { user, confirm } = await openAcceptDialog(dispute.numeroDossier);
    await user.click(confirm);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’acceptation n’a pas été enregistrée.');
    await user.click(confirm);
    expect(await screen.findByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows an expired case read-only, saying why', async () => {
    const dispute = demoCase('R13', 'expire');
    renderApp(`/litiges/${dispute.numeroDossier}`, { as: 'marie.durand' });
    expect(await screen.findByText('Ce litige ne peut plus recevoir de réponse')).toBeVisible();
    expect(screen.getByText('Statut : Expiré.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Accepter' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Contester' })).toBeNull();
  });

  it('shows a case past its deadline read-only, and the contest page too', async () => {
    const dispute = demoCase('C08', 'reponse-requise');
    await db.disputes.update((q) => q.where({ numeroDossier: dispute.numeroDossier }), {
      data(record) {
        record.dateLimiteReponse = '2020-01-31';
      },
    });
    renderApp(`/litiges/${dispute.numeroDossier}/contestation`, { as: 'marie.durand' });
    expect(
      await screen.findByText('Sa date limite de réponse, le 31/01/2020, est dépassée.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Votre explication')).toBeNull();
  });

  it('shows the documents’ names as they are, whatever the server kept, each isolated', async () => {
    const dispute = demoCase('R13', 'expire');
    // A backend that kept a name's bidirectional override: it would read « photofdp.png ».
    await db.disputes.update((q) => q.where({ numeroDossier: dispute.numeroDossier }), {
      data(record) {
        record.documents = [
          {
            id: 'doc-1',
            nom: 'photo\u202egnp.pdf',
            typeMime: 'application/pdf',
            taille: 2048,
            envoyeLe: '2026-11-20T10:00:00+01:00',
          },
        ];
      },
    });
    renderApp(`/litiges/${dispute.numeroDossier}`, { as: 'marie.durand' });
    const documents = await screen.findByRole('region', { name: 'Pièces justificatives envoyées' });
    const name = within(documents).getByText('photognp.pdf');
    expect(name.tagName).toBe('BDI');
    expect(name.textContent).toBe('photognp.pdf');
  });

  it('says when the case is not in the merchant’s space, inside the logged-in layout', async () => {
    renderApp('/litiges/LT-2026-999999', { as: 'marie.durand' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Litige introuvable' }),
    ).toBeVisible();
    expect(
      screen.getByText(/Aucun litige ne porte le numéro LT-2026-999999 dans votre espace/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour à la liste des litiges' })).toHaveAttribute(
      'href',
      '/litiges',
    );
    expect(screen.getByRole('navigation', { name: 'Mon espace' })).toBeVisible();
  });

  it('says the same of a contest for an unknown case', async () => {
    renderApp('/litiges/LT-2026-999999/contestation', { as: 'marie.durand' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Litige introuvable' }),
    ).toBeVisible();
  });
});
