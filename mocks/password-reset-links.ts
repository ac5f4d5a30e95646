import { now } from './clock';
import { newToken, serverState } from './server-state';

/** How long a « Mot de passe oublié » link works, on the mock clock. */
export const RESET_LINK_LIFETIME_MS = 30 * 60_000;
/** Links this long past their expiry are forgotten: no state grows without end. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

export type ResetLinkCheck =
  { status: 'valid'; identifiant: string } | { status: 'expired' | 'used' | 'unknown' };

/** The SHA-256 of a token, in hex: what the server keeps instead of the token. */
async function digest(token: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A new random token and its key. Made for every request, whether an account matches or not,
 * so both answers cost the same work; only a matching account's link is kept (`keepResetLink`).
 */
export async function newResetToken(): Promise<{ token: string; key: string }> {
  const token = newToken();
  return { token, key: await digest(token) };
}

/** Keeps a link for `identifiant`, valid from `issuedAt` for 30 minutes, and single use. */
export function keepResetLink(key: string, identifiant: string, issuedAt = now()): void {
  const links = Object.fromEntries(
    Object.entries(serverState.passwordResetLinks).filter(
      ([, link]) => link.expiresAt >= now() - FORGET_AFTER_MS,
    ),
  );
  links[key] = { identifiant, expiresAt: issuedAt + RESET_LINK_LIFETIME_MS, usedAt: null };
  serverState.passwordResetLinks = links;
}

export async function checkResetLink(token: string): Promise<ResetLinkCheck> {
  const link = serverState.passwordResetLinks[await digest(token)];
  if (!link) return { status: 'unknown' };
  if (link.usedAt !== null) return { status: 'used' };
  if (now() >= link.expiresAt) return { status: 'expired' };
  return { status: 'valid', identifiant: link.identifiant };
}

/**
 * Spends a valid link. Every other link of the same account is spent with it: once the password
 * has changed, an older e-mail must not change it again.
 */
export async function spendResetLink(token: string): Promise<ResetLinkCheck> {
  const check = await checkResetLink(token);
  if (check.status !== 'valid') return check;
  const account = check.identifiant.toLowerCase();
  for (const link of Object.values(serverState.passwordResetLinks)) {
    if (link.identifiant.toLowerCase() === account && link.usedAt === null) link.usedAt = now();
  }
  return check;
}
