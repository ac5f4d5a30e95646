import { HttpResponse } from 'msw';
import { API_ERROR_CODES, type ApiErrorBody } from '@/lib/api-error-contract';
import { serverState, type KeptAnswer } from './server-state';

/*
 * `Idempotency-Key` (docs/api/README.md): the first answer to a key, per account and endpoint,
 * is kept and given again to a repeated key without acting again; the same key with another
 * body is refused. The answers are kept with the server's state (persisted like the session),
 * the most recent ones only.
 */

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** A demo server needs a retry's worth of keys, not a day's: each holds a whole answer. */
export const IDEMPOTENCY_KEYS_KEPT = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Requests under way, by scope and key: one arriving meanwhile waits for the first one's answer.
const running = new Map<string, Promise<unknown>>();

async function digest(data: ArrayBuffer | string): Promise<string> {
  // A view of this realm: in the tests the body's buffer comes from Node's, not jsdom's.
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What a request asks, whatever its encoding: a multipart boundary is new on every send. */
async function fingerprint(request: Request): Promise<string> {
  const copy = request.clone();
  if (copy.headers.get('Content-Type')?.startsWith('multipart/form-data')) {
    const form = await copy.formData().catch(() => null);
    if (form) {
      const parts = await Promise.all(
        [...form].map(async ([name, value]) =>
          typeof value === 'string'
            ? [name, value]
            : [name, value.name, value.type, await digest(await value.arrayBuffer())],
        ),
      );
      return digest(JSON.stringify(parts));
    }
  }
  return digest(await copy.arrayBuffer());
}

function kept(scope: string, key: string): KeptAnswer | undefined {
  return serverState.idempotency.find((entry) => entry.scope === scope && entry.key === key);
}

function replay(entry: KeptAnswer): Response {
  return new HttpResponse(entry.body, {
    status: entry.status,
    headers: entry.contentType ? { 'Content-Type': entry.contentType } : {},
  });
}

async function keep(
  entry: Omit<KeptAnswer, 'status' | 'contentType' | 'body'>,
  response: Response,
) {
  // A server failure is not an answer to keep: the retry it invites must be able to succeed.
  if (response.type === 'error' || response.status >= 500) return;
  const list = serverState.idempotency;
  list.push({
    ...entry,
    status: response.status,
    contentType: response.headers.get('Content-Type'),
    body: await response.clone().text(),
  });
  if (list.length > IDEMPOTENCY_KEYS_KEPT) list.splice(0, list.length - IDEMPOTENCY_KEYS_KEPT);
}

/**
 * Answers `request` with `act` once per key: `account` and the method and path make the scope.
 * Without the header, `act` runs as the request comes (a client that sends no key).
 */
export async function answerOnce(
  request: Request,
  account: string,
  act: () => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return act();
  if (!UUID.test(key)) {
    return HttpResponse.json(
      {
        code: API_ERROR_CODES.validation,
        fieldErrors: { [IDEMPOTENCY_HEADER]: 'common:errors.invalidValue' },
      } satisfies ApiErrorBody,
      { status: 400 },
    );
  }
  const scope = `${account} ${request.method} ${new URL(request.url).pathname}`;
  const asked = await fingerprint(request);
  const id = `${scope} ${key}`;
  for (let first = running.get(id); first; first = running.get(id)) await first;

  const entry = kept(scope, key);
  if (entry) {
    if (entry.fingerprint === asked) return replay(entry);
    return HttpResponse.json(
      { code: API_ERROR_CODES.idempotencyKeyReused } satisfies ApiErrorBody,
      { status: 422 },
    );
  }
  const acting = act().then(async (response) => {
    await keep({ scope, key, fingerprint: asked }, response);
    return response;
  });
  running.set(
    id,
    acting.catch(() => undefined),
  );
  try {
    return await acting;
  } finally {
    running.delete(id);
  }
}
