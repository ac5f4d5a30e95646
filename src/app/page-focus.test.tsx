import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';

describe('Focus when a page shows', () => {
  it('leaves the first page’s focus at its top, then moves it to each new page’s heading', async () => {
    const { user } = renderApp('/connexion');
    const login = await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    expect(login).not.toHaveFocus();
    expect(document.body).toHaveFocus();

    await user.click(screen.getByRole('link', { name: /^Mot de passe oublié/ }));
    const forgot = await screen.findByRole('heading', { level: 1, name: /^Mot de passe oublié/ });
    expect(forgot).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Espace commerçant' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Bienvenue dans votre espace/ }),
    ).toHaveFocus();
  });
});
