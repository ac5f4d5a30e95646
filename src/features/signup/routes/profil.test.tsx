import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import { clearDraft, readDraft } from '../draft';
import { completeStepsBefore, password, profil, typeInto } from '../test-utils';

beforeEach(() => clearDraft());

/** Simulates a reload: what sessionStorage holds survives, memory (the password) does not. */
function forgetMemory() {
  const stored = sessionStorage.getItem('espace-commercant:brouillon:inscription');
  clearDraft();
  if (stored) sessionStorage.setItem('espace-commercant:brouillon:inscription', stored);
}

async function fillProfil(user: ReturnType<typeof renderApp>['user'], identifiant: string) {
  await typeInto(user, 'Prénom', profil.prenom);
  await typeInto(user, 'Nom', profil.nom);
  await typeInto(user, 'E-mail professionnel', profil.email);
  await typeInto(user, 'Téléphone (facultatif)', profil.telephone);
  await typeInto(user, 'Identifiant', identifiant);
  await typeInto(user, 'Mot de passe', password);
}

describe('Inscription, étape 2 : votre profil', () => {
  it('offers the right inputs to browsers and password managers', async () => {
    await completeStepsBefore('profil');
    renderApp('/inscription/profil');
    expect(await screen.findByLabelText('E-mail professionnel')).toHaveAttribute('type', 'email');
    expect(screen.getByLabelText('E-mail professionnel')).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByLabelText('Téléphone (facultatif)')).toHaveAttribute('type', 'tel');
    expect(screen.getByLabelText('Identifiant')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.queryByLabelText(/Confirm/)).not.toBeInTheDocument();
    expect(screen.getByText('Étape suivante : Gestion financière')).toBeInTheDocument();
  });

  it('shows the password strength as it is typed, and the password on demand', async () => {
    await completeStepsBefore('profil');
    const { user } = renderApp('/inscription/profil');
    await typeInto(user, 'Mot de passe', 'abcdefgh');
    expect(screen.getByText(/^Mot de passe (très faible|faible)\./)).toBeInTheDocument();
    await typeInto(user, 'Mot de passe', password);
    expect(screen.getByText(/^Mot de passe (fort|très fort)\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute('type', 'text');
  });

  it('refuses a password containing the identifiant, on the password field', async () => {
    await completeStepsBefore('profil');
    const { user } = renderApp('/inscription/profil');
    await fillProfil(user, 'claire.dubois');
    await typeInto(user, 'Mot de passe', 'claire.dubois-fromages');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /ne doit pas contenir votre identifiant/,
    );
  });

  it('says on the identifiant field when the API finds it taken', async () => {
    await completeStepsBefore('profil');
    const { user, router } = renderApp('/inscription/profil');
    await fillProfil(user, 'Marie.Durand');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Cet identifiant est déjà utilisé.',
    );
    expect(screen.getByLabelText('Identifiant')).toHaveAccessibleDescription(
      /Cet identifiant est déjà utilisé\./,
    );
    expect(screen.getByLabelText('Identifiant')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/inscription/profil');
  });

  it('goes to step 3 once accepted, and « Précédent » keeps everything', async () => {
    await completeStepsBefore('profil');
    const { user, router } = renderApp('/inscription/profil');
    await fillProfil(user, 'claire.dubois');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByRole('heading', { level: 1, name: /Gestion financière/ });

    await user.click(screen.getByRole('link', { name: 'Précédent' }));
    await screen.findByRole('heading', { level: 1, name: /Votre profil/ });
    expect(screen.getByLabelText('Identifiant')).toHaveValue('claire.dubois');
    expect(screen.getByLabelText('Mot de passe')).toHaveValue(password);
    await user.click(screen.getByRole('link', { name: 'Précédent' }));
    await screen.findByRole('heading', { level: 1, name: /Votre établissement/ });
    expect(screen.getByRole('status')).toHaveTextContent('Fromagerie Dubois');
    expect(router.state.location.pathname).toBe('/inscription/etablissement');
  });

  it('after a reload keeps every answer but the password, and says why it asks again', async () => {
    await completeStepsBefore('gestionFinanciere');
    expect(JSON.stringify(sessionStorage)).not.toContain(password);
    forgetMemory();

    // Step 3 needs step 2, whose password is gone: the user lands on step 2.
    const { router } = renderApp('/inscription/gestion-financiere');
    await screen.findByRole('heading', { level: 1, name: /Votre profil/ });
    expect(router.state.location.pathname).toBe('/inscription/profil');
    expect(screen.getByLabelText('Identifiant')).toHaveValue('claire.dubois');
    expect(screen.getByLabelText('Téléphone (facultatif)')).toHaveValue(profil.telephone);
    expect(screen.getByLabelText('Mot de passe')).toHaveValue('');
    expect(screen.getByText('Saisissez à nouveau votre mot de passe.')).toBeInTheDocument();
    expect(screen.getByText(/jamais enregistré dans le navigateur/)).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /Saisissez à nouveau votre mot de passe\./,
    );
  });

  it('sends the user back to step 1 when the API refuses it again at step 2', async () => {
    await completeStepsBefore('profil');
    const { user, router } = renderApp('/inscription/profil');
    await fillProfil(user, 'claire.dubois');
    // Meanwhile, someone created an account for this establishment.
    server.use(
      http.post('/api/inscription/profil', () =>
        HttpResponse.json({ code: 'ETABLISSEMENT_DEJA_INSCRIT' }, { status: 409 }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inscription/etablissement'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cet établissement a déjà un compte en ligne.',
    );
    expect(readDraft().verified.etablissement).toBeUndefined();
  });
});
