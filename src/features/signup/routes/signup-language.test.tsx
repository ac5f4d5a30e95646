import { configure, screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverState } from '../../../../mocks/server-state';
import { renderApp } from '@/testing/render-app';
import { clearDraft } from '../draft';
import { completeStepsBefore } from '../test-utils';

configure({ asyncUtilTimeout: 5000 });

beforeEach(() => clearDraft());
afterEach(() => changeLanguage('fr'));

describe('Créer un compte — la langue du compte', () => {
  it('writes the welcome e-mail in the language the account was created in', async () => {
    await changeLanguage('en');
    await completeStepsBefore('review');
    const { user } = renderApp('/inscription/verification');
    await user.click(await screen.findByRole('button', { name: 'Create my account' }));
    await screen.findByRole('heading', { level: 1, name: 'Your account has been created' });
    expect(serverState.emails[0]).toMatchObject({
      kind: 'compte-cree',
      subject: 'Your online merchant account has been created',
      body: expect.stringContaining('Hello Claire Dubois,\n\nYour online account for Fromagerie'),
    });
  });
});
