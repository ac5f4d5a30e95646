import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useScenarios } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';
import { clearDraft } from '../draft';
import { fromagerie, typeInto } from '../test-utils';

beforeEach(() => clearDraft());

describe('Inscription, étape 1 : votre établissement', () => {
  it('starts at step 1 with the stepper and a named tab, focus at the top of the page', async () => {
    const { router } = renderApp('/inscription');
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: /^Étape 1 sur 3\s:\sVotre établissement$/,
    });
    expect(router.state.location.pathname).toBe('/inscription/etablissement');
    expect(heading).not.toHaveFocus();
    expect(screen.getByText('Étape suivante : Votre profil')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'Étapes de l’inscription' }));
    expect(steps.getAllByRole('listitem')).toHaveLength(3);
    expect(steps.getByText('Votre établissement').closest('li')).toHaveAttribute(
      'aria-current',
      'step',
    );
    await waitFor(() =>
      expect(document.title).toBe(
        'Étape 1 sur 3\u00a0: Votre établissement – Créer un compte · Espace commerçant',
      ),
    );
  });

  it('lists every error at the top on submit, each linking to its field', async () => {
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', '94000');
    await typeInto(user, 'SIRET', '732 829 320 00075');
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));

    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Le numéro de commerçant doit comporter 10\schiffres/),
      expect.stringMatching(/^Ce SIRET n’est pas valide/),
      expect.stringMatching(/^Saisissez l’IBAN du compte/),
    ]);
    expect(screen.getByLabelText('SIRET')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('SIRET')).toHaveAccessibleDescription(/Ce SIRET n’est pas valide/);

    await user.click(links[2] as HTMLElement);
    expect(screen.getByLabelText('IBAN du compte de règlement')).toHaveFocus();
  });

  it('checks on submit, not while typing, then follows the typing of a field in error', async () => {
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', '9400000037');
    await typeInto(user, 'SIRET', '732 829 320 00074');
    await typeInto(user, 'IBAN du compte de règlement', 'DE89 3704 0044 0532 0130 00');
    await user.tab();
    const iban = screen.getByLabelText('IBAN du compte de règlement');
    expect(iban).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));
    await waitFor(() =>
      expect(iban).toHaveAccessibleDescription(/Saisissez un IBAN français\s: il commence par FR/),
    );
    await user.clear(iban);
    await user.type(iban, 'FR76 3000 6000 0112 3456 7890 189');
    expect(iban).not.toHaveAttribute('aria-invalid');
    // A field without an error gets none before the next submit.
    const siret = screen.getByLabelText('SIRET');
    await user.type(siret, '1');
    expect(siret).not.toHaveAttribute('aria-invalid');
  });

  it('shows the IBAN in groups of 4 however it was typed, and the SIRET grouped', async () => {
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'IBAN du compte de règlement', 'fr7630006000011234567890189');
    await typeInto(user, 'SIRET', '73282932000074');
    await user.tab();
    expect(screen.getByLabelText('IBAN du compte de règlement')).toHaveValue(
      'FR76 3000 6000 0112 3456 7890 189',
    );
    expect(screen.getByLabelText('SIRET')).toHaveValue('732 829 320 00074');
  });

  it('names the establishment found, then continues to step 2', async () => {
    const { user, router } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', fromagerie.numeroCommercant);
    await typeInto(user, 'SIRET', fromagerie.siret);
    await typeInto(user, 'IBAN du compte de règlement', fromagerie.iban);
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Établissement reconnu : Fromagerie Dubois',
    );
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Votre profil/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/inscription/profil');
  });

  it('says when nothing matches, and what to check', async () => {
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', '9400000029');
    await typeInto(user, 'SIRET', fromagerie.siret);
    await typeInto(user, 'IBAN du compte de règlement', fromagerie.iban);
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Ces informations ne correspondent à aucun établissement de notre réseau.',
    );
    expect(alert).toHaveTextContent(/Vérifiez votre numéro de commerçant.*SIRET.*IBAN/);
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Numéro de commerçant')).toHaveValue('9400000029');
  });

  it('says when the establishment already has an account, with a link to log in', async () => {
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', '9400000011');
    await typeInto(user, 'SIRET', '812 345 676 00017');
    await typeInto(user, 'IBAN du compte de règlement', 'FR76 3000 4008 2000 0123 4560 104');
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Cet établissement a déjà un compte en ligne.');
    expect(within(alert).getByRole('link', { name: 'Connexion' })).toHaveAttribute(
      'href',
      '/connexion',
    );
  });

  it('keeps the answers and offers to retry when the server fails', async () => {
    await useScenarios('erreur-serveur');
    const { user } = renderApp('/inscription/etablissement');
    await typeInto(user, 'Numéro de commerçant', fromagerie.numeroCommercant);
    await typeInto(user, 'SIRET', fromagerie.siret);
    await typeInto(user, 'IBAN du compte de règlement', fromagerie.iban);
    await user.click(screen.getByRole('button', { name: 'Vérifier mon établissement' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/momentanément indisponible/);

    await useScenarios();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Fromagerie Dubois');
  });

  it('sends a logged-in user to the dashboard', async () => {
    const { router } = renderApp('/inscription/etablissement', { as: 'marie.durand' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/tableau-de-bord'));
  });
});
