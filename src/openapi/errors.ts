import { z } from 'zod';
import { API_ERROR_CODES, apiErrorBodySchema } from '@/lib/api-error-contract';
import { operations, type ErrorCase, type Operation } from './operations';
import { inline, ref, type Json } from './schemas';

/** The codes the document adds by rule; alone at their status, each is a shared response. */
export const ruleErrors = {
  ValidationError: {
    status: 400,
    code: API_ERROR_CODES.validation,
    when: 'The body or a query parameter breaks the contract, or the body is not readable: `fieldErrors` maps each wrong field (its path in the request, `_` for the whole body) to the i18n key of its message.',
  },
  SessionExpired: {
    status: 401,
    code: API_ERROR_CODES.sessionExpired,
    when: 'No logged-in session: never logged in, idle for longer than the limit, or logged out (in another tab too). The client sends the user to the login page.',
  },
  CsrfRefused: {
    status: 403,
    code: API_ERROR_CODES.csrf,
    when: 'No session, or `X-CSRF-Token` missing or not the token of this session. Checked before anything else.',
  },
  ServerError: {
    status: 500,
    code: API_ERROR_CODES.server,
    when: 'The server failed. The user is told to try again; what they typed is kept.',
  },
} satisfies Record<string, ErrorCase>;

export function errorCases(operation: Operation): ErrorCase[] {
  // A WebSocket says what went wrong in its messages, once upgraded.
  if (operation.answer.status === 101) return [];
  const cases: ErrorCase[] = [];
  if (operation.body || operation.query) cases.push(ruleErrors.ValidationError);
  if (operation.access === 'user') cases.push(ruleErrors.SessionExpired);
  if (operation.method !== 'get') cases.push(ruleErrors.CsrfRefused);
  cases.push(...(operation.errors ?? []), ruleErrors.ServerError);
  return cases.sort((a, b) => a.status - b.status);
}

/** One response per status: the codes it may carry, each with its own body when it has one. */
export function errorResponse(cases: readonly ErrorCase[]): Json {
  const generic = cases.filter((item) => !item.schema).map((item) => item.code);
  const variants: Json[] = [];
  if (generic.length > 0) {
    const [first, ...others] = generic;
    const code = first !== undefined && others.length === 0 ? z.literal(first) : z.enum(generic);
    variants.push({ allOf: [ref(apiErrorBodySchema), inline(z.object({ code }))] });
  }
  for (const item of cases) if (item.schema) variants.push(ref(item.schema));
  return {
    description: cases.map((item) => `\`${item.code}\`: ${item.when}`).join('\n\n'),
    content: {
      'application/json': { schema: variants.length === 1 ? variants[0] : { oneOf: variants } },
    },
  };
}

export function sharedResponse(cases: readonly ErrorCase[]): Json | null {
  const [only, ...others] = cases;
  if (!only || others.length > 0) return null;
  const name = Object.entries(ruleErrors).find(([, rule]) => rule === only)?.[0];
  return name ? { $ref: `#/components/responses/${name}` } : null;
}

/** Every error code an endpoint answers, with its status. */
export function apiErrorCodes(): Map<string, number> {
  const codes = new Map<string, number>();
  for (const operation of operations) {
    for (const { code, status } of errorCases(operation)) codes.set(code, status);
  }
  return codes;
}
