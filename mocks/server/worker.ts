/**
 * The browser's mock server: one per browser profile, shared by every tab (a SharedWorker),
 * like one server behind one cookie. The page's MSW hands it each API request and chat
 * connection; it answers with the same handlers vitest runs in Node, off the page's main thread.
 */
import '@/lib/zod-config';
import { getResponse } from 'msw';
import { handleChatConnection } from '../chat/conversation';
import { fillDb, onDbChange, type DbChange } from '../db';
import { httpHandlers } from '../handlers/http';
import { setBaseLatency } from '../http';
import { sendDueReminders } from '../reminders';
import { resetMockBackend } from '../reset';
import { setActiveScenarios } from '../scenarios/active';
import { findScenario } from '../scenarios/registry';
import { restoreServerState, serverState, type ServerState } from '../server-state';
import {
  boot,
  logInAs,
  resetData,
  restoreServerConfig,
  serverConfig,
  serverStatus,
  setLatency,
  type ServerConfig,
} from './controls';
import { openStore, type Store } from './persistence';
import type {
  Control,
  PageMessage,
  SerializedRequest,
  SerializedResponse,
  ServerMessage,
} from './protocol';
import { simulateDisputeEvent } from './simulate';

/** Loading states must be seen in the browser; QA changes it from the toolbar. */
const DEFAULT_LATENCY_MS = 250;

interface Port {
  postMessage(message: ServerMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PageMessage>) => void): void;
  start?(): void;
}

// Every record created, updated or deleted since the last write, by collection and key.
const pending = new Map<string, DbChange>();
let tracking = false;
onDbChange((change) => {
  if (tracking) pending.set(`${change.collection}/${change.key}`, change);
});

/** What the server keeps beside its database, each entry written only when it changed. */
function serverEntries(): [string, unknown][] {
  const state: ServerState = serverState;
  const config: ServerConfig = serverConfig();
  return [
    ['session', state.session],
    ['loginFailures', state.loginFailures],
    ['recoveryRequests', state.recoveryRequests],
    ['passwordResetLinks', state.passwordResetLinks],
    ['expireNextCall', state.expireNextCall],
    ['emails', state.emails],
    ['idempotency', state.idempotency],
    ['reminders', state.reminders],
    ['config', config],
  ];
}

const written = new Map<string, string>();
let store: Store | null = null;
let writing: Promise<void> = Promise.resolve();

/** Writes what changed, as it is now; resolves once it is on disk, so a reload finds it. */
function persist(): Promise<void> {
  const changes = [...pending.values()].map((change) => ({
    ...change,
    record: change.record && structuredClone(change.record),
  }));
  pending.clear();
  const server: [string, unknown][] = [];
  for (const [key, entry] of serverEntries()) {
    const json = JSON.stringify(entry);
    if (written.get(key) === json) continue;
    written.set(key, json);
    server.push([key, JSON.parse(json)]);
  }
  // Nothing new: answer at once, without waiting for an earlier write (5,000 disputes) to end.
  if (!store || (changes.length === 0 && server.length === 0)) return Promise.resolve();
  const target = store;
  writing = writing
    .then(() => target.write({ changes, server }))
    .catch((error: unknown) => console.warn('[mock API] could not save', error));
  return writing;
}

/** Loads what the server kept; true when there was nothing yet (a new browser profile). */
async function start(): Promise<boolean> {
  setBaseLatency(DEFAULT_LATENCY_MS);
  try {
    store = await openStore();
  } catch (error) {
    // Private windows may refuse IndexedDB: the server still works, it just forgets on close.
    console.warn('[mock API] IndexedDB unavailable; data lasts while a tab is open', error);
  }
  const saved = await store?.load();
  if (saved) {
    await fillDb(saved.records);
    restoreServerState(Object.fromEntries(saved.server) as Partial<ServerState>);
    const config = saved.server.get('config') as ServerConfig | undefined;
    if (config) restoreServerConfig(config);
    for (const [key, entry] of serverEntries()) written.set(key, JSON.stringify(entry));
  }
  tracking = true;
  return !saved;
}

const started = start();
let seeding: Promise<void> | null = null;

/**
 * A new profile's data is seeded once, for the scenarios its first page asks for (a link to
 * `?scenario=nombreux-litiges` does not seed the demo data first, then the 5,000 disputes).
 */
async function ready(firstScenarios: string[] | null = null): Promise<void> {
  const fresh = await started;
  seeding ??= fresh
    ? (async () => {
        setActiveScenarios((firstScenarios ?? []).filter((name) => findScenario(name)));
        await resetMockBackend();
        await persist();
      })()
    : Promise.resolve();
  await seeding;
}

async function answer(serialized: SerializedRequest): Promise<SerializedResponse> {
  const request = new Request(serialized.url, {
    method: serialized.method,
    headers: serialized.headers,
    body: serialized.body,
  });
  const response =
    (await getResponse(httpHandlers, request)) ??
    Response.json({ code: 'INTROUVABLE' }, { status: 404 });
  if (response.type === 'error') return { networkError: true };
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: response.status === 204 ? null : await response.arrayBuffer(),
  };
}

async function control(command: Control): Promise<unknown> {
  switch (command.action) {
    case 'boot': {
      const status = await boot(command.params);
      // A moved clock sends the reminders of the days it jumped to, before any page asks.
      sendDueReminders(self.location.origin);
      return status;
    }
    case 'reset':
      return serverStatus(await resetData());
    case 'log-in-as':
      logInAs(command.identifiant);
      return serverStatus();
    case 'latency':
      return setLatency(command.ms);
    case 'simulate':
      return simulateDisputeEvent(command.event);
    case 'emails':
      // The day may have turned since the last request: its reminders are in the list.
      sendDueReminders(self.location.origin);
      return serverState.emails;
  }
}

// Controls change the whole server (a scenario resets data): one at a time, in order.
let controls: Promise<unknown> = Promise.resolve();

function serve(port: Port): void {
  const chats = new Map<number, { message: ((data: string) => void)[]; close: (() => void)[] }>();

  port.addEventListener('message', ({ data: message }) => {
    const firstScenarios =
      message.kind === 'control' && message.control.action === 'boot'
        ? message.control.params.scenarios
        : null;
    void ready(firstScenarios).then(async () => {
      switch (message.kind) {
        case 'fetch': {
          // A request sent during a control (a page's boot) sees the server it leaves behind.
          await controls;
          const response = await answer(message.request);
          await persist();
          const body = 'body' in response && response.body ? [response.body] : [];
          port.postMessage({ kind: 'response', id: message.id, response }, body);
          break;
        }
        case 'control': {
          const run = controls.then(() => control(message.control));
          controls = run.catch(() => undefined);
          const value = await run;
          await persist();
          port.postMessage({ kind: 'result', id: message.id, value });
          break;
        }
        case 'chat-open': {
          const listeners = { message: [], close: [] } as {
            message: ((data: string) => void)[];
            close: (() => void)[];
          };
          chats.set(message.id, listeners);
          const { id } = message;
          handleChatConnection({
            url: message.url,
            send: (data) => port.postMessage({ kind: 'chat-send', id, data }),
            close: (code, reason) => {
              port.postMessage({ kind: 'chat-close', id, code, reason });
              chats.delete(id);
              listeners.close.forEach((listener) => listener());
            },
            onMessage: (listener) => listeners.message.push(listener),
            onClose: (listener) => listeners.close.push(listener),
          });
          break;
        }
        case 'chat-message':
          chats.get(message.id)?.message.forEach((listener) => listener(message.data));
          break;
        case 'chat-closed':
          chats.get(message.id)?.close.forEach((listener) => listener());
          chats.delete(message.id);
          break;
      }
    });
  });
  port.start?.();
}

interface WorkerScope {
  onconnect?: ((event: MessageEvent) => void) | null;
}

const scope = globalThis as unknown as WorkerScope & Port;
if ('onconnect' in scope) {
  scope.onconnect = (event) => {
    const [port] = event.ports;
    if (port) serve(port as unknown as Port);
  };
} else {
  // Where SharedWorker is missing, a worker per tab: the same server, not shared.
  serve(scope);
}
