import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
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

/** A file of `size` bytes without allocating them: only name, type and size matter here. */
function file(name: string, type: string, size: number) {
  const made = new File(['x'], name, { type });
  Object.defineProperty(made, 'size', { value: size });
  return made;
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
    const list = screen.getByRole('list', { name: 'Fichiers ajoutés' });
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
    expect(screen.getByText('5 sur 5 fichiers, 21,1 Mo sur 25 Mo')).toBeVisible();
    await user.upload(input, [file('de-trop.pdf', 'application/pdf', 1000)]);
    expect(screen.getByRole('alert')).toHaveTextContent(
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
    // jsdom's multipart bodies lose their files on the way to the mock: the browser test
    // (e2e/disputes.spec.ts) checks the documents the API records.
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });
});
