import { cleanup, configure, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { caseJournal } from '../../../../mocks/audit';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

function caseToAnswer() {
  const found = db.disputes.findFirst((q) => q.where({ motif: 'F29', statut: 'reponse-requise' }));
  if (!found) throw new Error('No demo case to answer');
  return found.numeroDossier;
}

/** The POSTs that reached the API's draft endpoint. */
function draftCalls() {
  const calls: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    if (request.method === 'POST' && pathname.endsWith('/brouillon')) calls.push(pathname);
  });
  return calls;
}

const drafts = (numero: string) =>
  caseJournal(numero).filter((entry) => entry.action === 'brouillon-enregistre');

describe('Litiges — the contest draft in the journal', () => {
  it('tells the server once per visit of the form, without the text', async () => {
    const numero = caseToAnswer();
    const calls = draftCalls();
    const { user } = renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
    await user.type(await screen.findByLabelText('Votre explication'), 'Livré le 3.');
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [
      new File(['%PDF-1.7 bon'], 'bon.pdf', { type: 'application/pdf' }),
    ]);
    await screen.findByText('bon.pdf');
    await waitFor(() => expect(drafts(numero)).toHaveLength(1));
    expect(calls).toEqual([`/api/litiges/${numero}/brouillon`]);
    expect(drafts(numero)[0]).toMatchObject({
      auteur: { identifiant: 'marie.durand', nom: 'Marie Durand' },
      canal: 'web',
    });
    expect(JSON.stringify(caseJournal(numero))).not.toContain('Livré le 3.');

    // A new visit (here, a reload) tells it again; the server keeps one entry per few minutes.
    cleanup();
    const again = renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
    await again.user.type(await screen.findByLabelText('Votre explication'), ' Signé.');
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(drafts(numero)).toHaveLength(1);
  });

  it('tries again at the next change when the call failed', async () => {
    const numero = caseToAnswer();
    server.use(
      http.post('*/api/litiges/:numero/brouillon', () => HttpResponse.error(), { once: true }),
    );
    const calls = draftCalls();
    const { user, queryClient } = renderApp(`/litiges/${numero}/contestation`, {
      as: 'marie.durand',
    });
    const explanation = await screen.findByLabelText('Votre explication');
    await user.type(explanation, 'L');
    await waitFor(() => expect(calls).toHaveLength(1));
    // The failed call has settled before the next keystrokes.
    await waitFor(() =>
      expect(queryClient.getMutationCache().getAll()[0]?.state.status).toBe('error'),
    );
    await user.type(explanation, 'ivré.');
    await waitFor(() => expect(drafts(numero)).toHaveLength(1));
    expect(calls).toHaveLength(2);
  });
});
