import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import { safeParse } from 'zod/mini';
import type { $ZodError, $ZodType } from 'zod/v4/core';
import { API_ERROR_CODES, type ApiErrorBody } from '@/lib/api-error-contract';
import { API_BASE } from './api-base';
import { now } from './clock';
import { db } from './db';
import { answerOnce } from './idempotency';
import type { AccountRecord } from './records';
import { sendDueReminders } from './reminders';
import { scenarioEndpointFailure, scenarioFailure, scenarioLatency } from './scenarios/active';
import { serverState, type MockSession } from './server-state';

export const IDLE_TIMEOUT_SECONDS = 15 * 60;

/** Latency every call gets in the browser, so loading states are seen; tests set it to 0. */
let baseLatencyMs = 0;
export function setBaseLatency(ms: number): void {
  baseLatencyMs = ms;
}
export function getBaseLatency(): number {
  return baseLatencyMs;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface EndpointContext<TBody> {
  request: Request;
  params: PathParams;
  body: TBody;
  account: AccountRecord | null;
  session: MockSession | null;
}

/** What an endpoint that requires a session (`auth: true`) is sure of: its logged-in account. */
interface AuthenticatedContext<TBody> extends EndpointContext<TBody> {
  account: AccountRecord;
  session: MockSession;
}

interface EndpointOptions<TBody> {
  auth?: boolean;
  body?: $ZodType<TBody>;
  /** Honours `Idempotency-Key` (`mocks/idempotency.ts`); keys are kept per account (`auth`). */
  idempotent?: boolean;
}

type Resolver<TContext> = (context: TContext) => Response | Promise<Response>;

/** The shared error body; an endpoint may add fields of its own contract (`reason`). */
export function errorResponse(
  status: number,
  code: string,
  extra: Omit<ApiErrorBody, 'code'> & Record<string, unknown> = {},
) {
  return HttpResponse.json({ code, ...extra } satisfies ApiErrorBody, { status });
}

// The contracts' messages are i18n keys (`auth:login.errors.…`); zod's own are English sentences.
const I18N_KEY = /^[a-z-]+:[\w.-]+$/;

/** The API answers with i18n keys only: a message of zod's own becomes a generic one. */
export function fieldErrors(error: $ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    result[key] ??= I18N_KEY.test(issue.message) ? issue.message : 'common:errors.invalidValue';
  }
  return result;
}

const UNREADABLE = Symbol('unreadable body');

/** The live session, or null when there is none or it has been idle too long. */
export function currentSession(): MockSession | null {
  const session = serverState.session;
  if (!session?.identifiant) return session;
  if (now() - session.lastSeen > IDLE_TIMEOUT_SECONDS * 1000) session.identifiant = null;
  return session;
}

export function findAccount(identifiant: string): AccountRecord | undefined {
  const wanted = identifiant.toLowerCase();
  return db.accounts.findFirst((q) =>
    q.where({ identifiant: (value) => value.toLowerCase() === wanted }),
  );
}

/**
 * Every mock endpoint goes through here: the day's deadline reminders, the scenarios' latency and
 * failures (declared in `scenarios/registry.ts`, never in a handler), anti-CSRF and session
 * checks, `Idempotency-Key` where the endpoint takes one, request validation with the feature's
 * own contract. Persistence is not its job: the
 * browser's server saves each change as it happens (`server/persistence.ts`).
 */
export function endpoint<TBody = undefined>(
  method: Method,
  path: string,
  options: EndpointOptions<TBody> & { auth: true },
  resolve: Resolver<AuthenticatedContext<TBody>>,
): HttpHandler;
export function endpoint<TBody = undefined>(
  method: Method,
  path: string,
  options: EndpointOptions<TBody> & { auth?: false },
  resolve: Resolver<EndpointContext<TBody>>,
): HttpHandler;
export function endpoint<TBody = undefined>(
  method: Method,
  path: string,
  options: EndpointOptions<TBody>,
  resolve: Resolver<AuthenticatedContext<TBody>> | Resolver<EndpointContext<TBody>>,
): HttpHandler {
  return http[method](`${API_BASE}${path}`, async ({ request, params }) => {
    const latency = baseLatencyMs + scenarioLatency();
    if (latency > 0) await delay(latency);
    // The server's daily job runs before the day's first answer: it has no timer of its own.
    sendDueReminders(new URL(request.url).origin);

    const failure = scenarioFailure();
    if (failure === 'hors-ligne') return HttpResponse.error();
    if (failure === 'erreur-serveur') return errorResponse(500, API_ERROR_CODES.server);

    const session = currentSession();
    if (method !== 'get') {
      const token = request.headers.get('X-CSRF-Token');
      if (!session || !token || token !== session.csrfToken)
        return errorResponse(403, API_ERROR_CODES.csrf);
    }

    let context: { account: AccountRecord; session: MockSession } | null = null;
    if (options.auth) {
      if (serverState.expireNextCall && session) {
        serverState.expireNextCall = false;
        session.identifiant = null;
      }
      const account = session?.identifiant ? findAccount(session.identifiant) : undefined;
      if (!session || !account) return errorResponse(401, API_ERROR_CODES.sessionExpired);
      session.lastSeen = now();
      context = { account, session };
    }

    const act = async () => {
      let body = undefined as TBody;
      if (options.body) {
        const json: unknown = await request.json().catch(() => UNREADABLE);
        if (json === UNREADABLE) {
          return errorResponse(400, API_ERROR_CODES.validation, {
            fieldErrors: { _: 'common:errors.malformedRequest' },
          });
        }
        const parsed = safeParse(options.body, json);
        if (!parsed.success) {
          return errorResponse(400, API_ERROR_CODES.validation, {
            fieldErrors: fieldErrors(parsed.error),
          });
        }
        body = parsed.data;
      }
      // After the checks a real server makes first: only a valid call reaches the fault.
      const declared = scenarioEndpointFailure(`${method.toUpperCase()} ${path}`, body);
      if (declared) return errorResponse(declared.status, declared.code);

      try {
        // The overloads pair `auth: true` with the resolver that needs the account.
        return await (context
          ? (resolve as Resolver<AuthenticatedContext<TBody>>)({
              request,
              params,
              body,
              ...context,
            })
          : (resolve as Resolver<EndpointContext<TBody>>)({
              request,
              params,
              body,
              account: null,
              session,
            }));
      } catch (error) {
        console.warn('[mock API] unexpected error', error);
        return errorResponse(500, API_ERROR_CODES.server);
      }
    };

    return options.idempotent && context
      ? answerOnce(request, context.account.identifiant, act)
      : act();
  });
}
