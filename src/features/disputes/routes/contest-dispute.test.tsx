import { act, cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { changeLanguage } from '@/lib/i18n';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { serverState } from '../../../../mocks/server-state';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

const MB = 1024 * 1024;
const EXPLANATION =
  'La commande a été livrée le jour prévu et le titulaire a signé le bon de livraison joint.';

function dueTomorrow() {
  const found = db.disputes.findFirst((q) => q.where({ motif: 'F29', statut: 'reponse-requise' }));
  if (!found) throw new Error('No demo case due tomorrow');
  return found.numeroDossier;
}

// The first bytes of each accepted format, which the form reads.
const heads: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/tiff': [0x49, 0x49, 0x2a, 0x00],
};

/**
 * A file of `size` bytes without allocating them: the right first bytes for its type, then its
 * name, so that two files are never the same content.
 */
function file(name: string, type: string, size: number) {
  const made = new File([new Uint8Array(heads[type] ?? []), name], name, { type });
  Object.defineProperty(made, 'size', { value: size });
  return made;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The `Idempotency-Key` of each contest that reached the API (null: none). */
function contestKeys() {
  const keys: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/contestation')) {
      keys.push(request.headers.get('Idempotency-Key'));
    }
  });
  return keys;
}

async function openContest(numero: string) {
  const app = renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
  await screen.findByLabelText('Votre explication');
  return app;
}

describe('Litiges — contester', () => {
  it('requires an explanation of 20 to 2,000 characters, with a counter', async () => {
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    expect(
      screen.getByRole('heading', { level: 1, name: /Étape 1 sur 2\u00a0: Votre contestation/ }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    const summary = await screen.findByRole('group', {
      name: 'Corrigez les erreurs suivantes\u00a0:',
    });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      // The matcher reads non-breaking spaces as plain ones.
      'Saisissez votre explication : entre 20 et 2 000 caractères.',
    );
    const field = screen.getByLabelText('Votre explication');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.type(field, 'Trop court.');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('11 / 2'));
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    expect(
      await screen.findByRole('link', {
        name: /Votre explication doit comporter au moins 20 caractères/,
      }),
    ).toBeVisible();
  });

  it('lists chosen files with their size, removable, and refuses each bad one by name', async () => {
    const numero = dueTomorrow();
    await openContest(numero);
    // Not filtered by the input's `accept`: a drop or another system may hand over any file.
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText('Ajouter des fichiers');
    await user.upload(input, [
      file('preuve-livraison.pdf', 'application/pdf', 1.5 * MB),
      file(
        'lettre.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        2000,
      ),
      file('scan-enorme.tiff', 'image/tiff', 6 * MB),
    ]);
    const list = await screen.findByRole('list', { name: 'Fichiers ajoutés' });
    expect(within(list).getByText('preuve-livraison.pdf')).toBeVisible();
    expect(within(list).getByText('1,5 Mo')).toBeVisible();
    const refused = screen.getByRole('alert');
    expect(refused).toHaveTextContent(
      '« lettre.docx » n’est pas accepté : seuls les fichiers PDF, JPG, PNG ou TIFF le sont.',
    );
    expect(refused).toHaveTextContent(
      '« scan-enorme.tiff » pèse 6 Mo : chaque fichier doit faire 5 Mo au plus.',
    );

    await user.upload(input, [
      file('photo-1.jpg', 'image/jpeg', 4.9 * MB),
      file('photo-2.png', 'image/png', 4.9 * MB),
      file('photo-3.jpg', 'image/jpeg', 4.9 * MB),
      file('photo-4.jpg', 'image/jpeg', 4.9 * MB),
    ]);
    // Five files of at most 5 MB never exceed 25 MB: the count is what stops a sixth.
    expect(await screen.findByText('5 sur 5 fichiers, 21,1 Mo sur 25 Mo')).toBeVisible();
    await user.upload(input, [file('de-trop.pdf', 'application/pdf', 1000)]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« de-trop.pdf » n’a pas été ajouté : 5 fichiers au maximum.',
    );

    await user.click(screen.getByRole('button', { name: 'Retirer photo-2.png' }));
    expect(within(list).queryByText('photo-2.png')).toBeNull();
    expect(screen.getByText('4 sur 5 fichiers, 16,2 Mo sur 25 Mo')).toBeVisible();
  });

  it('keeps the explanation across a reload and the files across navigation', async () => {
    const numero = dueTomorrow();
    const { user, router } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [
      file('preuve.pdf', 'application/pdf', 200_000),
    ]);
    await screen.findByText('preuve.pdf');
    await router.navigate('/litiges');
    await screen.findByRole('table');
    await router.navigate(`/litiges/${numero}/contestation`);
    expect(await screen.findByLabelText('Votre explication')).toHaveValue(EXPLANATION);
    expect(screen.getByText('preuve.pdf')).toBeVisible();

    // A reload: a new app, new query cache, the same tab storage.
    cleanup();
    await openContest(numero);
    expect(screen.getByLabelText('Votre explication')).toHaveValue(EXPLANATION);
  });

  it('reviews, sends with its files, and shows the case « En cours d’examen »', async () => {
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [
      new File(['%PDF-1.4 preuve'], 'preuve-livraison.pdf', { type: 'application/pdf' }),
    ]);
    await screen.findByText('preuve-livraison.pdf');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Étape 2 sur 2/ })).toBeVisible();
    expect(screen.getByText(EXPLANATION)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Envoyer ma contestation' }));
    expect(
      await screen.findByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();
    const status = screen.getByText('Statut', { selector: 'dt' }).nextElementSibling;
    expect(status).toHaveTextContent('En cours d’examen');
    const timeline = screen.getByRole('region', { name: 'Historique' });
    expect(within(timeline).getByText('Contestation envoyée')).toBeVisible();
    const stored = db.disputes.findFirst((q) => q.where({ numeroDossier: numero }));
    expect(stored?.reponseCommercant).toMatchObject({
      decision: 'contestee',
      explication: EXPLANATION,
    });
    // The API read the file's bytes; jsdom's bridge to it drops the file's name, which the
    // browser test (e2e/disputes.spec.ts) checks.
    expect(stored?.documents.map(({ typeMime, taille }) => [typeMime, taille])).toEqual([
      ['application/pdf', 15],
    ]);
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });

  it('gives each step its address: Back from the review returns to the form, as it was', async () => {
    const numero = dueTomorrow();
    const { user, router } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [
      new File(['%PDF-1.4 preuve'], 'preuve-livraison.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Étape 2 sur 2/ })).toBeVisible();
    expect(router.state.location.search).toBe('?etape=2');

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('heading', { level: 1, name: /Étape 1 sur 2/ })).toBeVisible();
    expect(screen.getByLabelText('Votre explication')).toHaveValue(EXPLANATION);
    expect(screen.getByText('preuve-livraison.pdf')).toBeVisible();

    await act(() => router.navigate(1));
    expect(await screen.findByRole('heading', { level: 1, name: /Étape 2 sur 2/ })).toBeVisible();
  });

  it('opens the form, not the review, from a review address the form has not passed', async () => {
    renderApp(`/litiges/${dueTomorrow()}/contestation?etape=2`, { as: 'marie.durand' });
    expect(await screen.findByLabelText('Votre explication')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: /Étape 1 sur 2/ })).toBeVisible();
  });

  it('sends one contest for two clicks in the same task, with an Idempotency-Key', async () => {
    const numero = dueTomorrow();
    const keys = contestKeys();
    const { user } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    const send = await screen.findByRole('button', { name: 'Envoyer ma contestation' });
    // Both clicks run before React renders the pending state: only a guard set at once holds.
    act(() => {
      send.click();
      send.click();
    });
    expect(
      await screen.findByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();
    expect(keys).toEqual([expect.stringMatching(UUID)]);
  });

  it('after an expired session, keeps the explanation and names the files to choose again', async () => {
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    const proof = new File(['%PDF-1.7 preuve'], 'preuve-livraison.pdf', {
      type: 'application/pdf',
    });
    const photo = new File([new Uint8Array(heads['image/png'] ?? [])], 'photo-colis.png', {
      type: 'image/png',
    });
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [proof, photo]);
    await screen.findByText('photo-colis.png');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    serverState.expireNextCall = true;
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma contestation' }));
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    await user.type(screen.getByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByLabelText('Votre explication')).toHaveValue(EXPLANATION);
    const notice = screen.getByText(
      // The matcher reads non-breaking spaces as plain ones.
      'Les fichiers choisis n’ont pas été conservés : ajoutez-les à nouveau.',
    ).parentElement as HTMLElement;
    expect(notice).toHaveTextContent(
      'Le navigateur ne garde pas les fichiers quand la session expire ou que la page est rechargée.',
    );
    const names = () =>
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent);
    expect(names()).toEqual(['preuve-livraison.pdf', 'photo-colis.png']);
    const input = screen.getByLabelText('Ajouter des fichiers');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('photo-colis.png'));
    expect(screen.getByText(/^Aucun fichier ajouté\./)).toBeVisible();

    // Each file chosen again leaves the list; with all of them back, the notice goes.
    await user.upload(input, [proof]);
    await waitFor(() => expect(names()).toEqual(['photo-colis.png']));
    await user.upload(input, [photo]);
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma contestation' }));
    expect(
      await screen.findByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();
    expect(
      db.disputes.findFirst((q) => q.where({ numeroDossier: numero }))?.documents,
    ).toHaveLength(2);
  });

  it('says in English, after a reload, which files must be chosen again', async () => {
    await changeLanguage('en');
    try {
      const numero = dueTomorrow();
      const { user } = renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
      await user.upload(await screen.findByLabelText('Add files'), [
        new File(['%PDF-1.7 receipt'], 'signed-receipt.pdf', { type: 'application/pdf' }),
      ]);
      await screen.findByText('signed-receipt.pdf');
      // A reload: a new app, new query cache, the same tab storage.
      cleanup();
      renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
      const notice = (await screen.findByText('The files you chose were not kept: add them again.'))
        .parentElement as HTMLElement;
      expect(notice).toHaveTextContent(
        'The browser does not keep files when the session expires or the page is reloaded.',
      );
      expect(within(notice).getByRole('listitem')).toHaveTextContent('signed-receipt.pdf');
    } finally {
      await changeLanguage('fr');
    }
  });

  it('refuses a file whose content is not what its name says, naming it on the field', async () => {
    const numero = dueTomorrow();
    await openContest(numero);
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText('Ajouter des fichiers');
    await user.upload(input, [
      new File(['<!DOCTYPE html><p>Facture acquittée</p>'], 'facture.pdf', {
        type: 'application/pdf',
      }),
      new File(['GIF89a\u0001\u0000\u0001\u0000'], 'scan.tiff', { type: 'image/tiff' }),
      new File(['%PDF-1.7 bon de livraison'], 'bon-de-livraison.pdf', { type: 'application/pdf' }),
    ]);
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent(
      '« facture.pdf » n’est pas un vrai fichier PDF : son contenu ne correspond pas à son nom. Choisissez le fichier d’origine, au format PDF, JPG, PNG ou TIFF.',
    );
    expect(refused).toHaveTextContent('« scan.tiff » n’est pas un vrai fichier TIFF');
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('«\u00a0facture.pdf\u00a0» n’est pas un vrai fichier PDF\u00a0:'),
    );
    const list = screen.getByRole('list', { name: 'Fichiers ajoutés' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['bon-de-livraison.pdf']);
  });

  it('says the same in English', async () => {
    await changeLanguage('en');
    try {
      const numero = dueTomorrow();
      renderApp(`/litiges/${numero}/contestation`, { as: 'marie.durand' });
      const input = await screen.findByLabelText('Add files');
      await userEvent.upload(input, [
        new File(['<html>'], 'invoice.pdf', { type: 'application/pdf' }),
      ]);
      expect(await screen.findByRole('alert')).toHaveTextContent(
        '“invoice.pdf” is not a real PDF file: its content does not match its name. Choose the original file, in PDF, JPG, PNG or TIFF format.',
      );
      expect(input).toHaveAccessibleDescription(
        expect.stringContaining('“invoice.pdf” is not a real PDF file'),
      );
    } finally {
      await changeLanguage('fr');
    }
  });

  it('keeps two files of the same name and size, and refuses the same content twice', async () => {
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    const input = screen.getByLabelText('Ajouter des fichiers');
    await user.upload(input, [
      new File(['%PDF-1.7 janvier'], 'facture.pdf', { type: 'application/pdf' }),
      new File(['%PDF-1.7 juillet'], 'facture.pdf', { type: 'application/pdf' }),
    ]);
    const list = await screen.findByRole('list', { name: 'Fichiers ajoutés' });
    expect(within(list).getAllByText('facture.pdf')).toHaveLength(2);
    expect(screen.queryByRole('alert')).toBeNull();

    await user.upload(input, [
      new File(['%PDF-1.7 juillet'], 'facture-copie.pdf', { type: 'application/pdf' }),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« facture-copie.pdf » a le même contenu que « facture.pdf », déjà dans la liste : il n’a pas été ajouté une seconde fois.',
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows names without bidirectional controls, each isolated, in the list and the review', async () => {
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    const input = screen.getByLabelText('Ajouter des fichiers');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await user.upload(input, [
      // Displayed as « photofdp.png » if the override were kept.
      new File([png], 'photo\u202egnp.pdf', { type: 'application/pdf' }),
      new File(['%PDF-1.7 relevé'], 'relevé-\u2067مارس\u2069.pdf', { type: 'application/pdf' }),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '« photognp.pdf » n’est pas un vrai fichier PDF',
    );
    expect(screen.getByText('photognp.pdf').tagName).toBe('BDI');
    const list = screen.getByRole('list', { name: 'Fichiers ajoutés' });
    const listed = within(list).getByText('relevé-مارس.pdf');
    expect(listed.tagName).toBe('BDI');
    expect(screen.getByRole('button', { name: 'Retirer relevé-مارس.pdf' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    await screen.findByRole('heading', { level: 1, name: /Étape 2 sur 2/ });
    expect(screen.getByText('relevé-مارس.pdf').tagName).toBe('BDI');
  });

  it('shows the API’s refusal of a file’s content on the field', async () => {
    server.use(
      http.post('*/api/litiges/:numero/contestation', () =>
        HttpResponse.json(
          {
            code: 'VALIDATION',
            fieldErrors: { 'documents.0.contenu': 'disputes:contest.documents.contentMismatch' },
          },
          { status: 400 },
        ),
      ),
    );
    const numero = dueTomorrow();
    const { user } = await openContest(numero);
    await user.type(screen.getByLabelText('Votre explication'), EXPLANATION);
    await user.upload(screen.getByLabelText('Ajouter des fichiers'), [
      new File(['%PDF-1.7 preuve'], 'preuve.pdf', { type: 'application/pdf' }),
    ]);
    await screen.findByText('preuve.pdf');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma contestation' }));
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma contestation' }));
    const message =
      'Le contenu d’un fichier ne correspond pas à son type\u00a0: seuls les vrais fichiers PDF, JPG, PNG ou TIFF sont acceptés. Retirez-le ou remplacez-le.';
    expect(await screen.findByRole('link', { name: message })).toBeVisible();
    expect(screen.getByLabelText('Ajouter des fichiers')).toHaveAccessibleDescription(
      expect.stringContaining(message),
    );
  });
});
