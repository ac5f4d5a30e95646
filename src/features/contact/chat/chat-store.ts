import { hashKey, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { currentLanguage } from '@/lib/i18n';
import { chatSocketUrl } from '../api/chat-socket-url';
import { ChatSession, type ChatSnapshot } from './chat-session';

interface Current {
  queryClient: QueryClient;
  identifiant: string;
  session: ChatSession;
  stopWatching: () => void;
}

/*
 * The conversation lives outside React so that it survives page changes, including to the
 * public /contact page, which is outside the authenticated layout. It ends when the session
 * query leaves the cache (logout and expiry clear it) or names someone else.
 */
let current: Current | null = null;

export function endChat(): void {
  const ending = current;
  current = null;
  ending?.stopWatching();
  ending?.session.end();
}

function chatSessionFor(queryClient: QueryClient, identifiant: string): ChatSession {
  if (current?.queryClient === queryClient && current.identifiant === identifiant) {
    return current.session;
  }
  endChat();
  const session = new ChatSession({
    url: chatSocketUrl,
    language: currentLanguage,
  });
  const { queryKey } = sessionQueryOptions();
  const queryHash = hashKey(queryKey);
  const stopWatching = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryHash !== queryHash) return;
    const user = queryClient.getQueryData(queryKey)?.user;
    if (
      event.type === 'removed' ||
      (event.type === 'updated' && user?.identifiant !== identifiant)
    ) {
      if (current?.session === session) endChat();
    }
  });
  current = { queryClient, identifiant, session, stopWatching };
  return session;
}

export function useChatSession(identifiant: string): ChatSession {
  return chatSessionFor(useQueryClient(), identifiant);
}

export function useChatSnapshot(session: ChatSession): ChatSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
