import type {
  Control,
  ControlResults,
  PageMessage,
  SerializedResponse,
  ServerMessage,
} from './protocol';

interface Chat {
  send(data: string): void;
  close(code: number, reason: string): void;
}

function connectPort(): MessagePort | Worker {
  // Vite bundles the worker from these literal `new …Worker(new URL(…, import.meta.url))` calls.
  if (typeof SharedWorker === 'function') {
    const shared = new SharedWorker(new URL('./worker.ts', import.meta.url), {
      type: 'module',
      name: 'serveur-simule',
    });
    shared.port.start();
    return shared.port;
  }
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'serveur-simule',
  });
}

/** The page's side of the mock server worker: requests, controls and chat connections. */
export function connectMockServer() {
  const port = connectPort();
  let nextId = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  const chats = new Map<number, Chat>();

  port.addEventListener('message', (event) => {
    const message = (event as MessageEvent<ServerMessage>).data;
    switch (message.kind) {
      case 'response':
        waiting.get(message.id)?.(message.response);
        waiting.delete(message.id);
        break;
      case 'result':
        waiting.get(message.id)?.(message.value);
        waiting.delete(message.id);
        break;
      case 'chat-send':
        chats.get(message.id)?.send(message.data);
        break;
      case 'chat-close':
        chats.get(message.id)?.close(message.code, message.reason);
        chats.delete(message.id);
        break;
    }
  });

  function ask(message: PageMessage, transfer: Transferable[] = []): Promise<unknown> {
    return new Promise((resolve) => {
      waiting.set(message.id, resolve);
      port.postMessage(message, transfer);
    });
  }

  return {
    async fetch(request: Request): Promise<Response> {
      const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer();
      const id = (nextId += 1);
      const serialized = { method: request.method, url: request.url, body };
      const headers: [string, string][] = [...request.headers];
      const response = (await ask(
        { kind: 'fetch', id, request: { ...serialized, headers } },
        body ? [body] : [],
      )) as SerializedResponse;
      if ('networkError' in response) return Response.error();
      return new Response(response.body, response);
    },

    control<Action extends Control['action']>(
      command: Extract<Control, { action: Action }>,
    ): Promise<ControlResults[Action]> {
      const id = (nextId += 1);
      return ask({ kind: 'control', id, control: command }) as Promise<ControlResults[Action]>;
    },

    /** Hands a chat connection to the server; returns how to pass on what the page's side does. */
    openChat(url: string, chat: Chat) {
      const id = (nextId += 1);
      chats.set(id, chat);
      port.postMessage({ kind: 'chat-open', id, url } satisfies PageMessage);
      return {
        message: (data: string) =>
          port.postMessage({ kind: 'chat-message', id, data } satisfies PageMessage),
        closed: () => {
          chats.delete(id);
          port.postMessage({ kind: 'chat-closed', id } satisfies PageMessage);
        },
      };
    },
  };
}

export type MockServer = ReturnType<typeof connectMockServer>;

let current: MockServer | null = null;

/** The one connection of this page, made by the mocking bootstrap, used by the dev toolbar. */
export function mockServer(): MockServer {
  current ??= connectMockServer();
  return current;
}
