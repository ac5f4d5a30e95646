import { ws } from 'msw';
import { chatSocketUrl } from '@/features/contact/api/chat-socket-url';
import { handleChatConnection } from '../chat/conversation';

const chat = ws.link(chatSocketUrl());

export const chatHandlers = [
  chat.addEventListener('connection', ({ client }) =>
    handleChatConnection({
      url: client.url.href,
      send: (data) => client.send(data),
      close: (code, reason) => client.close(code, reason),
      onMessage: (listener) =>
        client.addEventListener('message', (event) => listener(String(event.data))),
      onClose: (listener) => client.addEventListener('close', () => listener()),
    }),
  ),
];

/** For tests: the server drops every open chat connection, as a network cut would. */
export function dropChatConnections(): void {
  chat.clients.forEach((client) => client.close(1006, 'coupure'));
}

export { adviserSays } from '../chat/conversation';
