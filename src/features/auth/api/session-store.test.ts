import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { API_BASE } from '../../../../mocks/api-base';
import { server } from '../../../../mocks/node';
import { logInAs } from '../../../../mocks/testing';
import {
  beginSession,
  ensureSession,
  forgetSession,
  onSessionReset,
  prefetchSession,
  readSession,
  refreshSession,
  resetSession,
  subscribeSession,
  useSession,
} from './session-store';
import type { Session } from './contract';

/** Counts the session reads the API receives. */
function countSessionReads(): { count: number } {
  const seen = { count: 0 };
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname === `${API_BASE}/session`) {
      seen.count += 1;
    }
  });
  return seen;
}

const someoneElse: Session = {
  user: {
    identifiant: 'autre.personne',
    prenom: 'Autre',
    nom: 'Personne',
    email: 'autre@example.fr',
    etablissement: { raisonSociale: 'Autre SARL', numeroCommercant: '1234567' },
    gestionLitiges: false,
  },
  csrfToken: 'jeton',
  idleTimeoutSeconds: 900,
  keepAliveId: 'k',
};

describe('session store', () => {
  it('asks the API once for callers that wait together, then answers from what it knows', async () => {
    logInAs('marie.durand');
    const reads = countSessionReads();
    const [a, b] = await Promise.all([ensureSession(), ensureSession()]);
    expect(a.user?.identifiant).toBe('marie.durand');
    expect(b).toBe(a);
    await ensureSession();
    prefetchSession();
    expect(reads.count).toBe(1);
    expect(readSession()).toBe(a);
  });

  it('drops an answer to a request sent before a reset: it belonged to the user who left', async () => {
    logInAs('marie.durand');
    const request = refreshSession();
    resetSession();
    expect((await request).user?.identifiant).toBe('marie.durand');
    expect(readSession()).toBeUndefined();
  });

  it('tells its listeners of each change, and the caches of each reset', async () => {
    const changes = vi.fn();
    const resets = vi.fn();
    const stopChanges = subscribeSession(changes);
    const stopResets = onSessionReset(resets);
    beginSession(someoneElse);
    expect(readSession()).toBe(someoneElse);
    expect(resets).toHaveBeenCalledTimes(1);
    forgetSession();
    expect(readSession()).toBeUndefined();
    // Forgetting the session alone leaves the caches to the caller.
    expect(resets).toHaveBeenCalledTimes(1);
    expect(changes).toHaveBeenCalledTimes(3);
    stopChanges();
    stopResets();
    beginSession(someoneElse);
    expect(changes).toHaveBeenCalledTimes(3);
    expect(resets).toHaveBeenCalledTimes(1);
  });

  it('keeps what it knew when a refresh fails, and asks again at the next guard', async () => {
    beginSession(someoneElse);
    server.use(http.get(`${API_BASE}/session`, () => HttpResponse.error(), { once: true }));
    await expect(refreshSession()).rejects.toThrow();
    expect(readSession()).toBe(someoneElse);

    resetSession();
    server.use(http.get(`${API_BASE}/session`, () => HttpResponse.error(), { once: true }));
    await expect(ensureSession()).rejects.toThrow();
    expect(readSession()).toBeUndefined();
    expect((await ensureSession()).user).toBeNull();
  });

  it('is asked for by whoever shows it when no loader asked (a hydrated page)', async () => {
    logInAs('marie.durand');
    const { result } = renderHook(() => useSession());
    expect(result.current.status).toBe('pending');
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data?.user?.identifiant).toBe('marie.durand');
  });
});
