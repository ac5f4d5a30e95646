import { describe, expect, it } from 'vitest';

async function anonymousToken(): Promise<string> {
  const response = await fetch(new URL('/api/session', location.href));
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return csrfToken;
}

function logIn(body: string, token: string) {
  return fetch(new URL('/api/session', location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
    body,
  });
}

describe('request bodies the contract refuses', () => {
  it('answers malformed JSON with a VALIDATION error keyed for translation', async () => {
    const response = await logIn('{"identifiant": "marie.durand",', await anonymousToken());
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'VALIDATION',
      fieldErrors: { _: 'common:errors.malformedRequest' },
    });
  });

  it('never passes zod’s English on: a wrong type gets a generic key', async () => {
    const response = await logIn(
      JSON.stringify({ identifiant: 42, password: '' }),
      await anonymousToken(),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'VALIDATION',
      fieldErrors: {
        identifiant: 'common:errors.invalidValue',
        password: 'auth:login.errors.passwordRequired',
      },
    });
  });
});
