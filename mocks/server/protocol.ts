import type { SentEmail } from '../server-state';

/**
 * What the page and the mock server worker say to each other. The page hands over each API
 * request MSW catches, each chat connection, and the dev toolbar's controls.
 */
export interface SerializedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export type SerializedResponse =
  | {
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  | { networkError: true };

/**
 * What a page load asks of the server: the URL's `?scenario=`, `?horloge=`, `?en-tant-que=`, and
 * the latency chosen in the dev toolbar (kept by the browser).
 */
export interface BootParams {
  scenarios: string[] | null;
  clock: string | null;
  as: string | null;
  latencyMs: number | null;
}

/** The server's QA settings, shared by every tab; the badge and the toolbar show them. */
export interface ServerStatus {
  scenarios: string[];
  /** The mock clock as it was set, Paris wall-clock ("2026-12-02T10:00"). */
  clock: string | null;
  latencyMs: number;
  /** The account whose session a scenario change ended, because the new data lacks it. */
  sessionEnded: string | null;
}

export type Control =
  | { action: 'boot'; params: BootParams }
  | { action: 'reset' }
  | { action: 'log-in-as'; identifiant: string }
  | { action: 'latency'; ms: number }
  | { action: 'simulate'; event: 'ouverture' | 'miseAJour' }
  | { action: 'emails' };

export interface ControlResults {
  boot: ServerStatus;
  reset: ServerStatus;
  'log-in-as': ServerStatus;
  latency: ServerStatus;
  /** The i18n key of what happened. */
  simulate: string;
  emails: SentEmail[];
}

export type PageMessage =
  | { kind: 'fetch'; id: number; request: SerializedRequest }
  | { kind: 'control'; id: number; control: Control }
  | { kind: 'chat-open'; id: number; url: string }
  | { kind: 'chat-message'; id: number; data: string }
  | { kind: 'chat-closed'; id: number };

export type ServerMessage =
  | { kind: 'response'; id: number; response: SerializedResponse }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'chat-send'; id: number; data: string }
  | { kind: 'chat-close'; id: number; code: number; reason: string };
