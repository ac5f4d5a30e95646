import { describe, expect, it } from 'vitest';
import { now, setClock } from './clock';
import {
  checkResetLink,
  keepResetLink,
  newResetToken,
  RESET_LINK_LIFETIME_MS,
  spendResetLink,
} from './password-reset-links';
import { serverState } from './server-state';
import { setMockClock } from './testing';

/** A link for `identifiant` issued now, as the « Mot de passe oublié » request keeps it. */
async function issue(identifiant = 'marie.durand') {
  const { token, key } = await newResetToken();
  keepResetLink(key, identifiant);
  return token;
}

describe('password reset links, on the mock clock', () => {
  it('work for 30 minutes, then say they expired', async () => {
    setMockClock('2026-12-02T10:00');
    const token = await issue();
    setMockClock('2026-12-02T10:29');
    expect(await checkResetLink(token)).toEqual({ status: 'valid', identifiant: 'marie.durand' });
    setMockClock('2026-12-02T10:31');
    expect(await checkResetLink(token)).toEqual({ status: 'expired' });
    expect(await spendResetLink(token)).toEqual({ status: 'expired' });
  });

  it('expire at 30 minutes exactly', async () => {
    const { token, key } = await newResetToken();
    const issuedAt = now();
    keepResetLink(key, 'marie.durand', issuedAt);
    setClock(new Date(issuedAt + RESET_LINK_LIFETIME_MS));
    expect(await checkResetLink(token)).toEqual({ status: 'expired' });
  });

  it('work once: spent, they answer « used », and so does every other link of the account', async () => {
    const first = await issue();
    const second = await issue();
    const paul = await issue('paul.lefebvre');
    expect(await spendResetLink(second)).toEqual({ status: 'valid', identifiant: 'marie.durand' });
    expect(await checkResetLink(second)).toEqual({ status: 'used' });
    expect(await spendResetLink(second)).toEqual({ status: 'used' });
    expect(await checkResetLink(first)).toEqual({ status: 'used' });
    expect(await checkResetLink(paul)).toMatchObject({ status: 'valid' });
  });

  it('a used link says « used » even once it would have expired', async () => {
    setMockClock('2026-12-02T10:00');
    const token = await issue();
    await spendResetLink(token);
    setClock(new Date(now() + RESET_LINK_LIFETIME_MS * 2));
    expect(await checkResetLink(token)).toEqual({ status: 'used' });
  });

  it('knows no token it did not issue, and keeps only hashes', async () => {
    const token = await issue();
    expect(await checkResetLink(`${token}0`)).toEqual({ status: 'unknown' });
    expect(await checkResetLink('')).toEqual({ status: 'unknown' });
    expect(JSON.stringify(serverState)).not.toContain(token);
  });

  it('forgets links a day after they expired', async () => {
    setMockClock('2026-12-02T10:00');
    const old = await issue();
    setMockClock('2026-12-03T11:00');
    await issue();
    expect(Object.keys(serverState.passwordResetLinks)).toHaveLength(1);
    expect(await checkResetLink(old)).toEqual({ status: 'unknown' });
  });
});
