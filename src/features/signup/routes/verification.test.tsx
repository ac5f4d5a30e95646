import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { setBaseLatency } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { serverState } from '../../../../mocks/server-state';
import { useScenarios } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';
import { clearDraft, saveAnswers } from '../draft';
import {
  completeStepsBefore,
  fromagerie,
  gestion,
  password,
  profil,
  typeInto,
} from '../test-utils';

beforeEach(() => clearDraft());

function signupRequests() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/inscription') {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

function section(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('Vérifiez vos informations', () => {
  it('shows every answer by section, formatted', async () => {
    await completeStepsBefore('review');
    renderApp('/inscription/verification');
    await screen.findByRole('heading', { level: 1, name: 'Vérifiez vos informations' });
    const etablissement = section('Votre établissement');
    expect(etablissement.getByText('Fromagerie Dubois')).toBeInTheDocument();
    expect(etablissement.getByText('9400000037')).toBeInTheDocument();
    expect(etablissement.getByText('732 829 320 00074')).toBeInTheDocument();
    expect(etablissement.getByText('FR76 3000 6000 0112 3456 7890 189')).toBeInTheDocument();
    const profile = section('Votre profil');
    expect(profile.getByText('Claire')).toBeInTheDocument();
    expect(profile.getByText(profil.email)).toBeInTheDocument();
    expect(profile.getByText('06 11 22 33 44')).toBeInTheDocument();
    expect(profile.getByText('claire.dubois')).toBeInTheDocument();
    expect(profile.queryByText(password)).toBeNull();
    const financial = section('Gestion financière');
    expect(financial.getByText(/avis de litiges uniquement en ligne/)).toBeInTheDocument();
    expect(financial.getByText(profil.email)).toBeInTheDocument();
  });

  it('« Modifier » opens the step and comes back to the review after the edit', async () => {
    await completeStepsBefore('review');
    const { user, router } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('link', { name: /^Modifier\s:\sVotre profil$/ }));
    await screen.findByRole('heading', { level: 1, name: /Votre profil/ });
    await typeInto(user, 'Prénom', 'Claire-Marie');
    await user.click(
      screen.getByRole('button', { name: 'Enregistrer et revenir au récapitulatif' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Vérifiez vos informations' });
    expect(router.state.location.pathname).toBe('/inscription/verification');
    expect(section('Votre profil').getByText('Claire-Marie')).toBeInTheDocument();
  });

  it('creates the account once for a double click, logs it in and confirms', async () => {
    setBaseLatency(150);
    const bodies = signupRequests();
    await completeStepsBefore('review');
    const { user, router } = renderApp('/inscription/verification');
    await user.dblClick(await screen.findByRole('button', { name: 'Créer mon compte' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre compte est créé' }),
    ).toBeInTheDocument();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      etablissement: { numeroCommercant: '9400000037', siret: '73282932000074' },
      profil: { identifiant: 'claire.dubois', telephone: '+33611223344', password },
      gestionFinanciere: { gestionLitiges: true, conditionsAcceptees: true },
    });
    expect(db.accounts.findMany((q) => q.where({ numeroCommercant: '9400000037' }))).toHaveLength(
      1,
    );
    expect(serverState.session?.identifiant).toBe('claire.dubois');
    expect(screen.getByText(/Bienvenue, Claire Dubois/)).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(fromagerie.raisonSociale);
    expect(sessionStorage.getItem('espace-commercant:brouillon:inscription')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Accéder à mon espace' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tableau-de-bord'));
  });

  it('creates an unsubscribed account when « Gestion des litiges » is left unchecked', async () => {
    await completeStepsBefore('review');
    saveAnswers('gestionFinanciere', { ...gestion, gestionLitiges: false });
    // The answers changed: step 3 must be accepted again before the review opens.
    const { user } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('button', { name: 'Continuer' }));
    await user.click(await screen.findByRole('button', { name: 'Créer mon compte' }));
    await screen.findByRole('heading', { level: 1, name: 'Votre compte est créé' });
    expect(screen.getByText(/cliquez sur « Activer »/)).toBeInTheDocument();
    const account = db.accounts.findFirst((q) => q.where({ identifiant: 'claire.dubois' }));
    expect(account?.gestionLitiges).toBe(false);
  });

  it('keeps every answer on a server error and creates the account on retry', async () => {
    await useScenarios('erreur-inscription');
    await completeStepsBefore('review');
    const { user } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('button', { name: 'Créer mon compte' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/momentanément indisponible/);
    await waitFor(() => expect(alert).toHaveFocus());
    expect(section('Votre profil').getByText('claire.dubois')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 1, name: 'Votre compte est créé' });
  });

  it('shows a field error of the final check on its step and field', async () => {
    await completeStepsBefore('review');
    server.use(
      http.post('/api/inscription', () =>
        HttpResponse.json(
          {
            code: 'IDENTIFIANT_INDISPONIBLE',
            fieldErrors: { 'profil.identifiant': 'signup:profil.errors.identifiantTaken' },
          },
          { status: 409 },
        ),
      ),
    );
    const { user, router } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('button', { name: 'Créer mon compte' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/inscription/profil'));
    expect(await screen.findByLabelText('Identifiant')).toHaveAccessibleDescription(
      /Cet identifiant est déjà utilisé\./,
    );
    expect(screen.getByLabelText('Mot de passe')).toHaveValue(password);
  });

  it('« Annuler l’inscription » asks first, then clears the draft', async () => {
    await completeStepsBefore('review');
    const { user, router } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('button', { name: 'Annuler l’inscription' }));
    const dialog = screen.getByRole('alertdialog', { name: /^Annuler l’inscription\s\?$/ });
    await user.click(
      within(dialog).getByRole('button', { name: 'Non, continuer mon inscription' }),
    );
    expect(router.state.location.pathname).toBe('/inscription/verification');

    await user.click(screen.getByRole('button', { name: 'Annuler l’inscription' }));
    await user.click(screen.getByRole('button', { name: 'Oui, annuler l’inscription' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    await router.navigate('/inscription/verification');
    await waitFor(() => expect(router.state.location.pathname).toBe('/inscription/etablissement'));
    expect(await screen.findByLabelText('Numéro de commerçant')).toHaveValue('');
  });
});
