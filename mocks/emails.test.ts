import { describe, expect, it } from 'vitest';
import { emailAccountCreated, emailDisputeEvent, emailDisputeToolActivated } from './emails';
import { demoAccounts } from './fixtures/accounts';
import { serverState } from './server-state';

const [marie, paul] = demoAccounts;
if (!marie || !paul) throw new Error('demo accounts missing');

describe('mock e-mails', () => {
  it('sends a dispute e-mail to the notification address when that notification is on', () => {
    const email = emailDisputeEvent(marie, 'ouverture', 'LT-2026-000042', 'Un nouveau litige.');
    expect(email).toMatchObject({
      kind: 'litige-ouvert',
      to: 'marie.durand@boulangerie-durand.fr',
      subject: 'Nouveau litige LT-2026-000042',
    });
    expect(email?.body).toContain('Bonjour Marie Durand');
    expect(serverState.emails[0]).toEqual(email);
  });

  it('sends nothing when the notification is switched off, or without the dispute tool', () => {
    const off = { ...marie, notifications: { ...marie.notifications, miseAJour: false } };
    expect(emailDisputeEvent(off, 'miseAJour', 'LT-2026-000042', 'Clos.')).toBeNull();
    expect(emailDisputeEvent(paul, 'ouverture', 'LT-2026-000042', 'Nouveau.')).toBeNull();
    expect(serverState.emails).toEqual([]);
  });

  it('writes the account and activation e-mails in French', () => {
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
});
