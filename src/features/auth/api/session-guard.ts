import type { Session, SessionUser } from './contract';

/**
 * The session response checked without zod: it is fetched before the first page renders, and
 * zod's core (shared by every feature's contract) would double the login page's weight
 * (docs/decisions/0004-bundle-budget.md). `session-guard.test.ts` proves it accepts and refuses
 * exactly what `sessionSchema` does.
 */
type Shape = Record<string, unknown>;

function isObject(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings<K extends string>(value: Shape, keys: readonly K[]): Record<K, string> | null {
  const result = {} as Record<K, string>;
  for (const key of keys) {
    const field = value[key];
    if (typeof field !== 'string') return null;
    result[key] = field;
  }
  return result;
}

function readUser(value: unknown): SessionUser | null {
  if (!isObject(value) || typeof value.gestionLitiges !== 'boolean') return null;
  const fields = strings(value, ['identifiant', 'prenom', 'nom', 'email'] as const);
  const etablissement = isObject(value.etablissement)
    ? strings(value.etablissement, ['raisonSociale', 'numeroCommercant'] as const)
    : null;
  if (!fields || !etablissement) return null;
  return { ...fields, etablissement, gestionLitiges: value.gestionLitiges };
}

export function parseSession(value: unknown): Session {
  if (
    isObject(value) &&
    typeof value.csrfToken === 'string' &&
    typeof value.keepAliveId === 'string'
  ) {
    const timeout = value.idleTimeoutSeconds;
    const user = value.user === null ? null : readUser(value.user);
    if (
      typeof timeout === 'number' &&
      Number.isSafeInteger(timeout) &&
      timeout > 0 &&
      (value.user === null || user)
    ) {
      return {
        user,
        csrfToken: value.csrfToken,
        idleTimeoutSeconds: timeout,
        keepAliveId: value.keepAliveId,
      };
    }
  }
  throw new TypeError('The session response does not match the contract');
}

export const sessionParser = { parse: parseSession };
