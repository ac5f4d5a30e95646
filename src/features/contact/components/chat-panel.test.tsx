import { act, screen, waitFor, within } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { afterEach, describe, expect, it } from 'vitest';
import { adviserSays, dropChatConnections } from '../../../../mocks/handlers/chat';
import { setMockClock, useScenarios } from '../../../../mocks/testing';
import { setActiveScenarios } from '../../../../mocks/scenarios/active';
import { renderApp } from '@/testing/render-app';
import { endChat } from '../chat/chat-store';

// A Wednesday, in the chat's hours.
const OPEN_HOURS = '2026-12-02T10:00';

afterEach(() => endChat());

async function openChat(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Chat/ }));
  return screen.getByRole('dialog', { name: 'Chat en direct' });
}

function messages() {
  return within(screen.getByRole('log', { name: 'Conversation avec le service client' }))
    .queryAllByRole('listitem')
    .map((item) => item.textContent);
}

describe('Chat panel', () => {
  it('greets the merchant by name and answers, with sender, time and « Le conseiller écrit… »', async () => {
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    const input = within(panel).getByRole('textbox', { name: 'Votre message' });
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(
      /^Entrée pour envoyer, Maj \+ Entrée pour aller à la ligne\. 0 caractère sur 2\s000$/,
    );

    await waitFor(() =>
      expect(messages()).toEqual([
        'Camille, service client à 10\u00a0h\u00a000Bonjour Marie Durand, je suis Camille, du service client. Comment puis-je vous aider\u00a0?',
      ]),
    );

    await user.type(input, 'Comment contester un litige{Shift>}{Enter}{/Shift}merci');
    expect(input).toHaveValue('Comment contester un litige\nmerci');
    // Watched from before the message leaves: the indicator may come and go in a few
    // milliseconds, sooner than a busy machine gets back to the test.
    const typing = within(panel).findByText('Le conseiller écrit…');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('');
    expect(await typing).toHaveAttribute('role', 'status');
    await waitFor(() =>
      expect(messages()[1]).toBe('Vous à 10\u00a0h\u00a000Comment contester un litige\nmerci'),
    );
    await waitFor(() => expect(messages()).toHaveLength(3));
    expect(messages()[2]).toContain('rubrique «\u00a0Litiges\u00a0»');
    expect(within(panel).queryByText('Le conseiller écrit…')).not.toBeInTheDocument();
  });

  it('sends no empty message', async () => {
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    await waitFor(() => expect(messages()).toHaveLength(1));
    await user.type(within(panel).getByRole('textbox'), '   {Enter}');
    await user.click(within(panel).getByRole('button', { name: 'Envoyer' }));
    expect(messages()).toHaveLength(1);
  });

  it('closes with Esc, gives focus back to the button, and keeps the conversation across pages', async () => {
    setMockClock(OPEN_HOURS);
    const { user, router } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    await waitFor(() => expect(messages()).toHaveLength(1));
    await user.type(within(panel).getByRole('textbox'), 'Mot de passe oublié{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(3));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Chat' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // A message while the panel is closed: the button says so.
    act(() => adviserSays('Avez-vous reçu le lien ?'));
    expect(
      await screen.findByRole('button', { name: 'Chat 1 nouveau message' }),
    ).toBeInTheDocument();

    await openChat(user);
    expect(messages()).toHaveLength(4);
    await user.type(screen.getByRole('textbox', { name: 'Votre message' }), 'brouillon');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Chat' })).toHaveFocus();

    await act(() => router.navigate('/contact'));
    await screen.findByRole('heading', { name: 'Nous contacter', level: 1 });
    await openChat(user);
    expect(messages()).toHaveLength(4);
    expect(screen.getByRole('textbox', { name: 'Votre message' })).toHaveValue('brouillon');
  });

  it('counts the characters, and says so when a paste is cut at the limit', async () => {
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    const input = within(panel).getByRole('textbox', { name: 'Votre message' });
    await user.type(input, 'Bonjour');
    expect(within(panel).getByText(/^7 caractères sur 2\s000/)).toBeInTheDocument();
    expect(within(panel).queryByText(/Limite atteinte/)).not.toBeInTheDocument();

    await user.clear(input);
    await user.paste('a'.repeat(2050));
    expect(input).toHaveValue('a'.repeat(2000));
    expect(within(panel).getByText(/^2\s000 caractères sur 2\s000/)).toBeInTheDocument();
    expect(
      within(panel).getByText('Limite atteinte : la suite du texte n’a pas été ajoutée.'),
    ).toBeInTheDocument();
  });

  it('ends the conversation at logout', async () => {
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    await waitFor(() => expect(messages()).toHaveLength(1));
    await user.type(within(panel).getByRole('textbox'), 'Activer{Enter}');
    await waitFor(() => expect(messages()).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    await screen.findByRole('heading', { name: 'Connexion', level: 1 });
    expect(screen.queryByRole('button', { name: /^Chat/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await openChat(user);
    // A new conversation: only the new greeting.
    await waitFor(() => expect(messages()).toHaveLength(1));
    expect(messages()[0]).toContain('Bonjour Marie Durand');
  });

  it('outside the hours, the button says when the chat opens and no conversation starts', async () => {
    setMockClock('2026-12-05T10:00');
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const button = await screen.findByRole('button', {
      name: 'Chat — ouvre lundi à 9\u00a0h\u00a000',
    });
    await user.click(button);
    const panel = screen.getByRole('dialog', { name: 'Chat en direct' });
    expect(within(panel).getByRole('status').textContent).toBe(
      'Le chat est fermé. Réouverture lundi à 9\u00a0h\u00a000.',
    );
    expect(
      within(panel).getByRole('link', { name: '01\u00a047\u00a077\u00a075\u00a075' }),
    ).toHaveAttribute('href', 'tel:+33147777575');
    expect(within(panel).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('log')).not.toBeInTheDocument();
  });

  it('in the chat-ferme scenario, says it reopens tomorrow', async () => {
    await useScenarios('chat-ferme');
    setMockClock(OPEN_HOURS);
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    expect(
      await screen.findByRole('button', { name: 'Chat — ouvre demain à 9\u00a0h\u00a000' }),
    ).toBeInTheDocument();
  });

  it('says the connection is lost, keeps what is typed meanwhile and sends it once reconnected', async () => {
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    await waitFor(() => expect(messages()).toHaveLength(1));

    // The chat server stays out of reach until the message is typed: a busy machine may take
    // longer to type it than the client waits before its first retry.
    setActiveScenarios(['chat-indisponible']);
    act(() => dropChatConnections());
    expect(await within(panel).findByText(/^Connexion perdue\./)).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox'), 'Et mon inscription{Enter}');
    expect(messages()[1]).toBe('Vous En attente d’envoiEt mon inscription');

    setActiveScenarios([]);
    // The client retries with a growing delay: the next attempt gets through.
    await waitFor(() => expect(messages()[1]).toBe('Vous à 10\u00a0h\u00a000Et mon inscription'), {
      timeout: 10_000,
    });
    await waitFor(() => expect(messages()).toHaveLength(3));
    expect(messages()[2]).toContain('Créer un compte');
    // Not greeted twice: the server knows the conversation.
    expect(messages().filter((text) => text?.includes('Bonjour'))).toHaveLength(1);
    expect(within(panel).queryByText(/^Connexion perdue\./)).not.toBeInTheDocument();
  });

  it('in the chat-indisponible scenario, says so, offers the phone and keeps the message', async () => {
    await useScenarios('chat-indisponible');
    setMockClock(OPEN_HOURS);
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const panel = await openChat(user);
    expect(
      await within(panel).findByText(/^Le chat est momentanément indisponible\./),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('link', { name: '01\u00a047\u00a077\u00a075\u00a075' }),
    ).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox'), 'Bonjour{Enter}');
    expect(messages()).toEqual(['Vous En attente d’envoiBonjour']);
  });

  it('answers in English when the page is in English', async () => {
    setMockClock(OPEN_HOURS);
    await changeLanguage('en');
    try {
      const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
      await user.click(await screen.findByRole('button', { name: 'Chat' }));
      const panel = screen.getByRole('dialog', { name: 'Live chat' });
      const log = within(panel).getByRole('log');
      await waitFor(() => expect(log).toHaveTextContent('Hello Marie Durand'));
      await user.type(
        within(panel).getByRole('textbox', { name: 'Your message' }),
        'password{Enter}',
      );
      await waitFor(() => expect(log).toHaveTextContent('12 to 128 characters'));
      expect(log).toHaveTextContent('Camille, customer service at 10:00');
    } finally {
      await changeLanguage('fr');
    }
  });
});
