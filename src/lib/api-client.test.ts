import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, holdRequestsUntil } from './api-client';

const anything = { parse: (value: unknown) => value };

describe('holdRequestsUntil', () => {
  afterEach(() => {
    holdRequestsUntil(Promise.resolve());
    vi.restoreAllMocks();
  });

  it('sends no request before the API is ready, then sends it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    let ready = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (ready = resolve)));

    const answer = apiRequest('/session', { schema: anything, ignoreUnauthorized: true });
    // Every promise callback queued so far runs before this one resolves.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    expect(fetchSpy).not.toHaveBeenCalled();

    ready();
    await expect(answer).resolves.toMatchObject({ user: null });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('lets requests go when starting the API failed: they fail on their own', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    holdRequestsUntil(Promise.reject(new Error('mock backend did not start')));
    await expect(
      apiRequest('/session', { schema: anything, ignoreUnauthorized: true }),
    ).resolves.toMatchObject({ user: null });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
