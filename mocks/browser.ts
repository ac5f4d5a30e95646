import { http, ws } from 'msw';
import { setupWorker } from 'msw/browser';
import { chatSocketUrl } from '@/features/contact/api/chat-socket-url';
import type { MockStatus } from '@/lib/mock-status';
import { API_BASE } from './api-base';
import { findScenario, parseScenarioParam } from './scenarios/registry';
import { LATENCY_KEY } from './devtools/latency-key';
import { mockServer } from './server/client';
import type { BootParams } from './server/protocol';
import { yieldToMain } from '@/lib/yield-to-main';

function bootParams(search: string): BootParams {
  const params = new URLSearchParams(search);
  const latency = localStorage.getItem(LATENCY_KEY);
  return {
    scenarios: parseScenarioParam(search),
    clock: params.get('horloge'),
    as: params.get('en-tant-que'),
    latencyMs: latency === null || Number.isNaN(Number(latency)) ? null : Number(latency),
  };
}

/**
 * `?en-tant-que=` is an action, not a setting: once the server has logged the account in, it
 * leaves the address bar, so a reload or a bookmark does not open a new session.
 */
function forgetLogInParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('en-tant-que')) return;
  url.searchParams.delete('en-tant-que');
  window.history.replaceState(window.history.state, '', url);
}

const RELOADED_KEY = 'espace-commercant:demo:recharge-service-worker';

/**
 * MSW's service worker unregisters itself when the last tab it controls unloads. A tab that
 * loads meanwhile is not controlled: its requests would go to the network. MSW's start
 * registers the worker again, which keeps the worker that was already there, so nothing claims
 * the tab: it reloads once, controlled this time. A first visit's new worker claims the tab itself.
 */
async function controlledByWorker(hadWorker: boolean): Promise<void> {
  if (navigator.serviceWorker.controller) {
    sessionStorage.removeItem(RELOADED_KEY);
    return;
  }
  if (hadWorker && sessionStorage.getItem(RELOADED_KEY) === null) {
    sessionStorage.setItem(RELOADED_KEY, '1');
    window.location.reload();
  }
  await new Promise<void>((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
  });
}

/**
 * The page's half of the mock backend: MSW catches the API's requests and the chat's socket and
 * hands them to the server worker (`server/worker.ts`), which every tab shares. The URL's QA
 * parameters are applied to that server before the app starts.
 */
export async function startBrowserMocking(): Promise<MockStatus> {
  const server = mockServer();
  const params = bootParams(window.location.search);
  forgetLogInParam();
  // Starting the server worker, setting MSW up and registering its service worker: three tasks,
  // so that the start-up's tasks stay short.
  await yieldToMain();
  let unavailableChat = false;

  const chat = ws.link(chatSocketUrl());
  const worker = setupWorker(
    http.all(`${API_BASE}/*`, ({ request }) => server.fetch(request)),
    chat.addEventListener('connection', ({ client }) => {
      // Refused here, at once, so the socket fails before it opens as it does in Node.
      if (unavailableChat) {
        client.close(1011, 'indisponible');
        return;
      }
      const connection = server.openChat(client.url.href, {
        send: (data) => client.send(data),
        close: (code, reason) => client.close(code, reason),
      });
      client.addEventListener('message', (event) => connection.message(String(event.data)));
      client.addEventListener('close', () => connection.closed());
    }),
  );

  await yieldToMain();
  const workerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
  const hadWorker = navigator.serviceWorker
    .getRegistration(workerUrl)
    .then((registration) => Boolean(registration?.active));
  // Marks for the browser's performance panel: what start-up waits for.
  const [status] = await Promise.all([
    server.control({ action: 'boot', params }).finally(() => performance.mark('mock:server-ready')),
    worker
      .start({
        quiet: true,
        serviceWorker: { url: workerUrl },
        onUnhandledRequest(request, print) {
          if (new URL(request.url).pathname.startsWith('/api/')) print.warning();
        },
      })
      .then(async () => controlledByWorker(await hadWorker))
      .finally(() => performance.mark('mock:service-worker-ready')),
  ]);
  unavailableChat = status.scenarios.some((name) =>
    ['chat-indisponible', 'hors-ligne'].includes(name),
  );
  return {
    enabled: true,
    scenarios: status.scenarios,
    unknownScenarios: (params.scenarios ?? []).filter((name) => !findScenario(name)),
    clock: status.clock,
    latencyMs: status.latencyMs,
    sessionEnded: status.sessionEnded,
  };
}
