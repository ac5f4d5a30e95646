import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setMockClock } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';
import { endChat } from '../chat/chat-store';

// Keeps the non-breaking spaces of « 9 h 00 »: the default matcher turns them into spaces.
const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

function channel(name: string) {
  return screen.getByRole('region', { name });
}

describe('Nous contacter', () => {
  it('shows both channels, their hours and status to a visitor, and the way to log in for the chat', async () => {
    setMockClock('2026-12-02T18:15');
    renderApp('/contact');
    const heading = await screen.findByRole('heading', { name: 'Nous contacter', level: 1 });
    // The document's first page: focus stays at its top.
    expect(heading).not.toHaveFocus();
    await waitFor(() => expect(document.title).toBe('Nous contacter · Espace commerçant'));

    const chat = channel('Chat en direct');
    expect((await within(chat).findByText(/^Fermé/)).textContent).toBe(
      'Fermé — réouverture demain à 9\u00a0h\u00a000',
    );
    expect(
      within(chat).getByText(
        'Du lundi au vendredi, de 9\u00a0h\u00a000 à 18\u00a0h\u00a000.',
        exact,
      ),
    ).toBeInTheDocument();
    expect(
      within(chat).getByText('Connectez-vous à votre compte pour ouvrir le chat.'),
    ).toBeInTheDocument();
    expect(within(chat).getByRole('link', { name: 'Connexion' })).toHaveAttribute(
      'href',
      '/connexion?redirectTo=%2Fcontact',
    );

    const phone = channel('Nous appeler');
    expect(within(phone).getByText('Ouvert')).toBeInTheDocument();
    expect(
      within(phone).getByRole('link', { name: '01\u00a047\u00a077\u00a075\u00a075' }),
    ).toHaveAttribute('href', 'tel:+33147777575');
    expect(
      within(phone).getByText(
        'Du lundi au vendredi, de 9\u00a0h\u00a000 à 18\u00a0h\u00a030.',
        exact,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Chat/ })).not.toBeInTheDocument();
  });

  it('is reached from the footer, and gives a logged-in merchant the « Chat » button', async () => {
    setMockClock('2026-12-02T10:00');
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    await user.click(await screen.findByRole('link', { name: 'Nous contacter' }));
    await screen.findByRole('heading', { name: 'Nous contacter', level: 1 });
    const chat = channel('Chat en direct');
    expect(await within(chat).findByText('Ouvert')).toBeInTheDocument();
    expect(within(chat).queryByRole('link', { name: 'Connexion' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chat' })).toBeInTheDocument();
    endChat();
  });
});
