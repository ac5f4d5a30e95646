import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { beginSession, resetSession } from '@/features/auth/api/session-store';
import { lazyQueryClient } from './query-client-source';

const visitor = { user: null, csrfToken: 't', idleTimeoutSeconds: 900, keepAliveId: 'k' };

describe('lazyQueryClient', () => {
  it('creates one client for every caller, when first asked', async () => {
    const create = vi.fn(() => Promise.resolve(new QueryClient()));
    const queries = lazyQueryClient(create);
    expect(create).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([queries(), queries()]);
    expect(a).toBe(b);
    expect(await queries()).toBe(a);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed download', async () => {
    const client = new QueryClient();
    const create = vi
      .fn<() => Promise<QueryClient>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(client);
    const queries = lazyQueryClient(create);
    await expect(queries()).rejects.toThrow('offline');
    expect(await queries()).toBe(client);
  });

  it('forgets what it holds when the session is reset, a login included', async () => {
    const queries = lazyQueryClient(() => Promise.resolve(new QueryClient()));
    const client = await queries();
    client.setQueryData(['dashboard'], { raisonSociale: 'Boulangerie Durand' });
    resetSession();
    expect(client.getQueryData(['dashboard'])).toBeUndefined();
    client.setQueryData(['dashboard'], { raisonSociale: 'Boulangerie Durand' });
    beginSession(visitor);
    expect(client.getQueryData(['dashboard'])).toBeUndefined();
  });
});
