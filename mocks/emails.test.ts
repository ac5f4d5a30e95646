import { describe, expect, it } from 'vitest';
import { typographyProblems } from '@/testing/typography';
import {
  emailAccountCreated,
  emailDeadlineReminder,
  emailDisputeEvent,
  emailDisputeToolActivated,
} from './emails';
import { demoAccounts } from './fixtures/accounts';
import { serverState } from './server-state';

const [marie, paul] = demoAccounts;
if (!marie || !paul) throw new Error('demo accounts missing');

const detail = { fr: 'Un nouveau litige.', en: 'A new dispute.' };

describe('mock e-mails', () => {
  it('sends a dispute e-mail to the notification address when that notification is on', () => {
    const email = emailDisputeEvent(marie, 'ouverture', 'LT-2026-000042', detail);
    expect(email).toMatchObject({
      kind: 'litige-ouvert',
      to: 'marie.durand@boulangerie-durand.fr',
      subject: 'Nouveau litige LT-2026-000042',
    });
    expect(email?.body).toContain('Bonjour Marie Durand');
    expect(email?.body).toContain('Un nouveau litige.');
    expect(serverState.emails[0]).toEqual(email);
  });

  it('sends nothing when the notification is switched off, or without the dispute tool', () => {
    const off = { ...marie, notifications: { ...marie.notifications, miseAJour: false } };
    expect(emailDisputeEvent(off, 'miseAJour', 'LT-2026-000042', detail)).toBeNull();
    expect(emailDisputeEvent(paul, 'ouverture', 'LT-2026-000042', detail)).toBeNull();
    expect(serverState.emails).toEqual([]);
  });

  it('writes the account and activation e-mails in French for a French account', () => {
    expect(emailAccountCreated(paul, 'Librairie Lefebvre').body).toContain(
      'Votre compte en ligne pour Librairie Lefebvre est créé',
    );
    expect(emailDisputeToolActivated(paul).subject).toBe(
      'La gestion des litiges en ligne est activée',
    );
    expect(serverState.emails.map((email) => email.kind)).toEqual([
      'litiges-actives',
      'compte-cree',
    ]);
  });

  it('writes every e-mail in English for an English account', () => {
    const english = { ...marie, langue: 'en' as const };
    expect(emailAccountCreated(english, 'Boulangerie Durand')).toMatchObject({
      subject: 'Your online merchant account has been created',
      body: expect.stringContaining(
        'Hello Marie Durand,\n\nYour online account for Boulangerie Durand has been created.',
      ),
    });
    expect(emailDisputeToolActivated(english).subject).toBe('Online dispute management is active');
    const dispute = emailDisputeEvent(english, 'miseAJour', 'LT-2026-000042', {
      fr: 'Le litige a été clos en votre faveur.',
      en: 'The dispute was closed in your favour.',
    });
    expect(dispute?.subject).toBe('Dispute LT-2026-000042 updated');
    expect(dispute?.body).toContain('The dispute was closed in your favour.');
    expect(dispute?.body).toContain('Customer service: +33\u00a01\u00a047\u00a077\u00a075\u00a075');
    expect(serverState.emails.map((email) => email.body).join()).not.toMatch(/Bonjour|litige/);
  });

  it.each(['fr', 'en'] as const)('follows the app’s typography in %s', (langue) => {
    const account = { ...marie, langue };
    const bodies = [
      emailAccountCreated(account, 'Boulangerie Durand'),
      emailAccountCreated({ ...account, gestionLitiges: false }, 'Boulangerie Durand'),
      emailDisputeToolActivated(account),
      emailDisputeEvent(account, 'ouverture', 'LT-2026-000042', detail),
      emailDisputeEvent(account, 'miseAJour', 'LT-2026-000042', detail),
      emailDeadlineReminder(
        account,
        {
          numeroDossier: 'LT-2026-000042',
          montantConteste: 123_456,
          dateLimiteReponse: '2026-12-07',
        },
        'http://localhost:5173/litiges/LT-2026-000042',
      ),
    ].flatMap((email) => (email ? [email.subject, email.body] : []));
    expect(bodies).toHaveLength(12);
    // A link is not prose: its « : » takes no space.
    const prose = bodies.map((text) => text.replace(/https?:\/\/\S+/g, 'LIEN'));
    expect(prose.flatMap((text) => typographyProblems(text, langue))).toEqual([]);
  });
});
