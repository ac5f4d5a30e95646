import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { clearDraft } from '../draft';
import { completeStepsBefore, profil, typeInto } from '../test-utils';

beforeEach(() => clearDraft());

describe('Inscription, étape 3 : gestion financière', () => {
  it('leaves « Gestion des litiges » unchecked, with its consequence beside it', async () => {
    await completeStepsBefore('gestionFinanciere');
    renderApp('/inscription/gestion-financiere');
    const checkbox = await screen.findByRole('checkbox', { name: 'Gestion des litiges' });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription(
      /ne recevrez plus les avis de litiges par voie postale.*uniquement présents sur votre compte en ligne.*régulièrement/,
    );
    expect(screen.getByText('Vos relevés, à consulter et à télécharger')).toBeInTheDocument();
    expect(screen.getByText('Le suivi de vos paiements et de vos règlements')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Notifications par e-mail' })).toBeNull();
    expect(screen.getByText('Ensuite : vérifiez vos informations')).toBeInTheDocument();
  });

  it('offers both e-mail notifications, on, to the step-2 address unless another is given', async () => {
    await completeStepsBefore('gestionFinanciere');
    const { user } = renderApp('/inscription/gestion-financiere');
    await user.click(await screen.findByRole('checkbox', { name: 'Gestion des litiges' }));
    const group = screen.getByRole('group', { name: 'Notifications par e-mail' });
    expect(within(group).getByRole('checkbox', { name: 'Ouverture d’un litige' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Mise à jour d’un litige' })).toBeChecked();
    expect(
      within(group).getByLabelText('Adresse pour les notifications (facultatif)'),
    ).toHaveAccessibleDescription(`Laissez vide pour les recevoir à ${profil.email}.`);

    await typeInto(user, 'Adresse pour les notifications (facultatif)', 'litiges@');
    // Checked on submit, not when the field is left.
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await waitFor(() =>
      expect(
        screen.getByLabelText('Adresse pour les notifications (facultatif)'),
      ).toHaveAccessibleDescription(/Erreur\s: Cette adresse e-mail n’est pas valide/),
    );
  });

  it('requires the conditions d’utilisation', async () => {
    await completeStepsBefore('gestionFinanciere');
    const { user, router } = renderApp('/inscription/gestion-financiere');
    await user.click(await screen.findByRole('button', { name: 'Continuer' }));
    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    expect(summary).toHaveTextContent(
      'Acceptez les conditions d’utilisation pour créer votre compte.',
    );
    expect(
      screen.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/inscription/gestion-financiere');

    await user.click(screen.getByRole('checkbox', { name: /J’accepte les conditions/ }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vérifiez vos informations' }),
    ).toBeInTheDocument();
  });

  it('a deep link to step 3 lands on the first incomplete step, before it renders', async () => {
    const { router } = renderApp('/inscription/gestion-financiere');
    await screen.findByRole('heading', { level: 1, name: /Votre établissement/ });
    expect(router.state.location.pathname).toBe('/inscription/etablissement');
    expect(screen.queryByRole('checkbox', { name: 'Gestion des litiges' })).toBeNull();
  });
});
