import { configure, screen, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/features/disputes/api/contract';
import { db } from '../../../../mocks/db';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

const MARIE = { identifiant: 'marie.durand', nom: 'Marie Durand' };

/** A case due soon, with a journal already holding `entries`. */
async function caseWithJournal(entries: AuditEntry[]) {
  const found = db.disputes.findFirst((q) => q.where({ motif: 'F29', statut: 'reponse-requise' }));
  if (!found) throw new Error('No demo case to answer');
  await db.caseJournals.create({ numeroDossier: found.numeroDossier, entries });
  return found.numeroDossier;
}

async function journal(name: string) {
  const timeline = await screen.findByRole('region', { name: /^(Historique|Timeline)$/ });
  return within(timeline).getByRole('list', { name });
}

describe('Litiges — the journal in the case’s timeline', () => {
  it('lists who did what, in Paris time (summer and winter), and from where', async () => {
    const numero = await caseWithJournal([
      { action: 'consultation', date: '2026-07-14T07:30:00Z', auteur: MARIE, canal: 'web' },
      {
        action: 'document-ajoute',
        date: '2026-11-29T08:05:00Z',
        auteur: MARIE,
        canal: 'bulk',
        document: 'facture.pdf',
      },
    ]);
    renderApp(`/litiges/${numero}`, { as: 'marie.durand' });
    const list = await journal('Journal des actions');
    const items = within(list).getAllByRole('listitem');
    // Opening the page was an action too: the server added it last.
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Consulté par Marie Durand — 14/07/2026 à 9 h 30 — web');
    expect(items[1]).toHaveTextContent(
      'Pièce justificative « facture.pdf » ajoutée par Marie Durand — 29/11/2026 à 9 h 05 — traitement groupé',
    );
    expect(items[2]).toHaveTextContent(
      /^Consulté par Marie Durand — \d\d\/\d\d\/\d{4} à .* — web$/,
    );
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', '2026-07-14T07:30:00Z');
    expect(items[1]?.querySelector('time')).toHaveTextContent('29/11/2026 à 9 h 05');
  });

  it('adds the acceptance as soon as it is answered', async () => {
    const numero = await caseWithJournal([]);
    const { user } = renderApp(`/litiges/${numero}`, { as: 'marie.durand' });
    const list = await journal('Journal des actions');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Accepter' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Confirmer l’acceptation',
      }),
    );
    await screen.findByText('Vous avez accepté le litige. Il est clos.');
    const items = within(await journal('Journal des actions')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.split(' — ')[0])).toEqual([
      'Consulté par Marie Durand',
      'Accepté par Marie Durand',
    ]);
  });

  it('reads in English', async () => {
    await changeLanguage('en');
    try {
      const numero = await caseWithJournal([
        {
          action: 'brouillon-enregistre',
          date: '2026-11-29T08:05:00Z',
          auteur: MARIE,
          canal: 'web',
        },
        { action: 'acceptation', date: '2026-11-29T13:40:00Z', auteur: MARIE, canal: 'bulk' },
      ]);
      renderApp(`/litiges/${numero}`, { as: 'marie.durand' });
      const items = within(await journal('Action log')).getAllByRole('listitem');
      expect(items[0]).toHaveTextContent(
        'Challenge draft saved by Marie Durand — 29/11/2026 at 09:05 — web',
      );
      expect(items[1]).toHaveTextContent('Accepted by Marie Durand — 29/11/2026 at 14:40 — bulk');
    } finally {
      await changeLanguage('fr');
    }
  });
});
