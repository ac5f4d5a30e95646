import { useSyncExternalStore } from 'react';
import { readSession, subscribeSession } from '@/features/auth/api/session-store';
import { currentLanguage } from '@/lib/i18n';
import { chatSocketUrl } from '../api/chat-socket-url';
import { ChatSession, type ChatSnapshot } from './chat-session';

interface Current {
  identifiant: string;
  session: ChatSession;
  stopWatching: () => void;
}

/*
 * The conversation lives outside React so that it survives page changes, including to the
 * public /contact page, which is outside the authenticated layout. It ends when the session
 * store forgets the user (logout, expiry) or names someone else.
 */
let current: Current | null = null;

export function endChat(): void {
  const ending = current;
  current = null;
  ending?.stopWatching();
  ending?.session.end();
}

function chatSessionFor(identifiant: string): ChatSession {
  if (current?.identifiant === identifiant) {
    return current.session;
  }
  endChat();
  const session = new ChatSession({
    url: chatSocketUrl,
    language: currentLanguage,
  });
  const stopWatching = subscribeSession(() => {
    if (readSession()?.user?.identifiant !== identifiant && current?.session === session) endChat();
  });
  current = { identifiant, session, stopWatching };
  return session;
}

export function useChatSession(identifiant: string): ChatSession {
  return chatSessionFor(identifiant);
}

export function useChatSnapshot(session: ChatSession): ChatSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
