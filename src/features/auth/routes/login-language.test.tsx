import { configure, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { findAccount } from '../../../../mocks/http';
import { serverState } from '../../../../mocks/server-state';
import { simulateDisputeEvent } from '../../../../mocks/server/simulate';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => changeLanguage('fr'));

describe('Connexion — la langue du compte', () => {
  it('keeps the language the merchant logs in with: the e-mails then come in English', async () => {
    await changeLanguage('en');
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText('User ID'), 'marie.durand');
    await user.type(screen.getByLabelText('Password'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account summary' });
    expect(findAccount('marie.durand')?.langue).toBe('en');

    await simulateDisputeEvent('ouverture');
    expect(serverState.emails[0]).toMatchObject({
      subject: expect.stringMatching(/^New dispute LT-\d{4}-\d{6}$/),
      body: expect.stringContaining('Hello Marie Durand,\n\nA new dispute has been opened'),
    });
  });

  it('writes them in French again once the merchant logs in in French', async () => {
    await db.accounts.update((q) => q.where({ identifiant: 'marie.durand' }), {
      data(record) {
        record.langue = 'en';
      },
    });
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { level: 1, name: 'Page récapitulative de votre compte' });
    await simulateDisputeEvent('ouverture');
    expect(serverState.emails[0]?.subject).toMatch(/^Nouveau litige LT-/);
  });
});
