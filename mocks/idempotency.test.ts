import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answerOnce } from './idempotency';
import { serverState } from './server-state';

const KEY = '0b5c8a4e-2f1d-4c3b-8a9e-7d6c5b4a3f21';

function acceptance(key = KEY, body = '{}') {
  return new Request('http://localhost/api/litiges/LT-2026-000001/acceptation', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body,
  });
}

describe('answerOnce', () => {
  it('makes a request that arrives while the first with its key runs wait for its answer', async () => {
    let finish: (response: Response) => void = () => undefined;
    let acted = 0;
    const slow = () => {
      acted += 1;
      return new Promise<Response>((resolve) => {
        finish = resolve;
      });
    };
    const first = answerOnce(acceptance(), 'marie.durand', slow);
    const second = answerOnce(acceptance(), 'marie.durand', slow);
    await expect.poll(() => acted).toBe(1);
    finish(HttpResponse.json({ accepte: true }));
    const answers = await Promise.all([first, second]);
    expect(await Promise.all(answers.map((answer) => answer.json()))).toEqual([
      { accepte: true },
      { accepte: true },
    ]);
    expect(acted).toBe(1);
  });

  it('keeps no server failure: the retry acts', async () => {
    let acted = 0;
    const failing = () => {
      acted += 1;
      return Promise.resolve(HttpResponse.json({ code: 'ERREUR_SERVEUR' }, { status: 500 }));
    };
    expect((await answerOnce(acceptance(), 'marie.durand', failing)).status).toBe(500);
    expect((await answerOnce(acceptance(), 'marie.durand', failing)).status).toBe(500);
    expect(acted).toBe(2);
    expect(serverState.idempotency).toEqual([]);
  });
});
