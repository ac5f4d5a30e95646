// The error body's types only: its zod schema stays off the start-up path.
import type { API_ERROR_CODES, ApiErrorBody } from './api-error-contract';

/** The one setting that points the app at a real backend instead of the mock. */
const apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL || '/api';

/**
 * What checks a response: a zod schema (its `parse`) or, on the start-up path, a guard that
 * keeps zod out of the login page's bundle (docs/decisions/0004-bundle-budget.md).
 */
export interface ResponseParser<T> {
  parse(data: unknown): T;
}

/** For 204 answers: there is nothing to check. */
export const noContent: ResponseParser<void> = { parse: () => undefined };

function readErrorBody(value: unknown): ApiErrorBody | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, fieldErrors, lockedUntil } = value as Record<string, unknown>;
  if (typeof code !== 'string') return null;
  const body: ApiErrorBody = { code };
  if (typeof lockedUntil === 'string') body.lockedUntil = lockedUntil;
  if (typeof fieldErrors === 'object' && fieldErrors !== null) {
    body.fieldErrors = Object.fromEntries(
      Object.entries(fieldErrors).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  }
  return body;
}

export class ApiError extends Error {
  readonly kind: 'network' | 'http';
  readonly status: number;
  readonly body: ApiErrorBody | null;

  constructor(kind: 'network' | 'http', status: number, body: ApiErrorBody | null) {
    super(kind === 'network' ? 'Network error' : `HTTP ${status}${body ? ` ${body.code}` : ''}`);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.body = body;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The anti-CSRF token lives in memory only; the session response hands it over.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type CsrfTokenSource = () => Promise<unknown>;
let fetchCsrfToken: CsrfTokenSource | null = null;
/**
 * How to get a new anti-CSRF token (the app asks for the session again, whose answer hands one
 * over), for when the server no longer knows ours: it restarted, or dropped an idle anonymous
 * session while the login page stayed open.
 */
export function setCsrfTokenSource(source: CsrfTokenSource | null): void {
  fetchCsrfToken = source;
}

const CSRF_REFUSED: (typeof API_ERROR_CODES)['csrf'] = 'CSRF';
let tokenRequest: Promise<boolean> | null = null;

/** True once a new token is in; writes refused at the same moment share one session call. */
function renewCsrfToken(): Promise<boolean> {
  const source = fetchCsrfToken;
  if (!source) return Promise.resolve(false);
  tokenRequest ??= source()
    .then(
      () => true,
      () => false,
    )
    .finally(() => {
      tokenRequest = null;
    });
  return tokenRequest;
}

/**
 * Sends a write again, once, when the server refused its anti-CSRF token: with a new token it is
 * the write the user meant; a second refusal is a real one and reaches the user as before.
 */
async function withCsrfRetry<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    const refused = isApiError(error) && error.status === 403 && error.body?.code === CSRF_REFUSED;
    if (!refused || !(await renewCsrfToken())) throw error;
    return send();
  }
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener | null = null;
/** The app decides what a 401 means for the user (session expired); lib only reports it. */
export function setUnauthorizedListener(listener: UnauthorizedListener | null): void {
  onUnauthorized = listener;
}

interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Every response is checked against the contract before anyone uses it. */
  schema: ResponseParser<T>;
  /** Login and session calls answer 401 as a normal outcome, not as an expired session. */
  ignoreUnauthorized?: boolean;
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`: the server answers a repeated key without acting again. */
  idempotencyKey?: string;
}

/** The page's language (i18n keeps `<html lang>` in step): the server writes its e-mails in it. */
function pageLanguage(): string {
  return (typeof document === 'undefined' ? '' : document.documentElement.lang) || 'fr';
}

export function apiUrl(path: string): string {
  return new URL(`${apiBaseUrl}${path}`, window.location.href).toString();
}

export function apiRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  // A GET carries no token, and the token comes from a GET: only writes are sent again.
  if ((options.method ?? 'GET') === 'GET') return sendRequest(path, options);
  return withCsrfRetry(() => sendRequest(path, options));
}

async function sendRequest<T>(path: string, options: RequestOptions<T>): Promise<T> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': pageLanguage() });
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);
  if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);

  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 0, null);
  }

  if (!response.ok) {
    const body = readErrorBody(await response.json().catch(() => null));
    if (response.status === 401 && !options.ignoreUnauthorized) onUnauthorized?.();
    throw new ApiError('http', response.status, body);
  }
  if (response.status === 204) return options.schema.parse(undefined);
  return options.schema.parse(await response.json());
}

/** The i18n key of the message a user sees for a failed call that no field can explain. */
export function apiErrorMessageKey(error: unknown): string {
  if (!isApiError(error)) return 'common:errors.unexpected';
  if (error.kind === 'network') return 'common:errors.network';
  if (error.status >= 500) return 'common:errors.server';
  if (error.status === 401) return 'common:errors.sessionExpired';
  if (error.status === 403) return 'common:errors.forbidden';
  return 'common:errors.unexpected';
}

interface UploadOptions<T> {
  body: FormData;
  schema: ResponseParser<T>;
  /** Called with the share of the request body sent so far, from 0 to 1. */
  onProgress?: (sent: number) => void;
  idempotencyKey?: string;
}

/**
 * A multipart POST that reports its upload progress, which `fetch` cannot do yet; otherwise it
 * behaves like `apiRequest` (anti-CSRF header and its renewal, idempotency header, 401 listener, contract check,
 * same errors).
 */
export function apiUpload<T>(path: string, options: UploadOptions<T>): Promise<T> {
  return withCsrfRetry(() => sendUpload(path, options));
}

function sendUpload<T>(path: string, options: UploadOptions<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', apiUrl(path));
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', pageLanguage());
    if (csrfToken) request.setRequestHeader('X-CSRF-Token', csrfToken);
    if (options.idempotencyKey) request.setRequestHeader('Idempotency-Key', options.idempotencyKey);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0)
        options.onProgress?.(event.loaded / event.total);
    });
    request.addEventListener('error', () => reject(new ApiError('network', 0, null)));
    request.addEventListener('load', () => {
      let json: unknown = null;
      try {
        json = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        json = null;
      }
      if (request.status < 200 || request.status >= 300) {
        if (request.status === 401) onUnauthorized?.();
        reject(new ApiError('http', request.status, readErrorBody(json)));
        return;
      }
      try {
        resolve(options.schema.parse(json));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.send(options.body);
  });
}
