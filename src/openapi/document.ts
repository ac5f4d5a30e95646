import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import packageJson from '../../package.json';
import { errorCases, errorResponse, ruleErrors, sharedResponse } from './errors';
import { operations, type ErrorCase, type Operation, type Tag } from './operations';
import { componentSchemas, inline, parameters, ref, type Json } from './schemas';
import { toYaml } from './yaml';

/* The OpenAPI 3.1 document of the API, built from the zod contracts (docs/api/README.md). */

/** Where the app calls the API unless `VITE_API_BASE_URL` says otherwise. */
const DEFAULT_API_BASE = '/api';

/** The cookie's name is the server's choice; the app never reads it. */
const SESSION_COOKIE = '__Host-session';

const tags: Record<Tag, string> = {
  session: 'Login, logout, the session and its anti-CSRF token.',
  recuperation: '« Mot de passe oublié » and « Identifiant oublié »: access back without support.',
  compte: 'The account summary and the subscription to « Gestion des litiges ».',
  litiges: 'Disputes: list, export, case, accept, contest.',
  inscription: 'Signup in three steps, each checked again with the ones before it.',
  contact: 'Support hours and the live chat.',
};

function responses(operation: Operation): Json {
  const { answer } = operation;
  const result: Json = {
    [String(answer.status)]: {
      description: answer.description,
      ...('schema' in answer && answer.schema
        ? { content: { 'application/json': { schema: ref(answer.schema) } } }
        : {}),
    },
  };
  const byStatus = new Map<number, ErrorCase[]>();
  for (const item of errorCases(operation)) {
    byStatus.set(item.status, [...(byStatus.get(item.status) ?? []), item]);
  }
  for (const [status, cases] of byStatus) {
    result[String(status)] = sharedResponse(cases) ?? errorResponse(cases);
  }
  return result;
}

/** Every call but the public ones carries the session cookie (the document's default). */
function security(operation: Operation): Json[] | undefined {
  return operation.access === 'public' ? [] : undefined;
}

function operationObject(operation: Operation): Json {
  const headers = [
    ...(operation.method === 'get' ? [] : [{ $ref: '#/components/parameters/CsrfToken' }]),
    ...(operation.idempotencyKey ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  const body = operation.body
    ? {
        required: true,
        content: {
          [operation.multipart ? 'multipart/form-data' : 'application/json']: {
            schema: ref(operation.body),
          },
        },
      }
    : undefined;
  const upgrade =
    operation.answer.status === 101
      ? {
          'x-websocket': {
            clientMessages: ref(operation.answer.clientMessages),
            serverMessages: ref(operation.answer.serverMessages),
          },
        }
      : {};
  const parameterList = [
    ...(operation.pathParams ? parameters('path', operation.pathParams) : []),
    ...(operation.query ? parameters('query', operation.query) : []),
    ...headers,
  ];
  return {
    operationId: operation.id,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    security: security(operation),
    parameters: parameterList.length > 0 ? parameterList : undefined,
    requestBody: body,
    responses: responses(operation),
    ...upgrade,
  };
}

function paths(): Json {
  const result: Record<string, Json> = {};
  for (const operation of operations) {
    const path = (result[operation.path] ??= {});
    if (path[operation.method]) throw new Error(`${operation.method} ${operation.path} twice`);
    path[operation.method] = operationObject(operation);
  }
  return result;
}

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Espace commerçant API',
      version: packageJson.version,
      description:
        'The API the « Espace commerçant » app calls. Generated from the zod contracts of the app; read docs/api/README.md first (session cookie, anti-CSRF token, errors, uploads, chat, CORS, rate limits).',
    },
    servers: [
      { url: DEFAULT_API_BASE, description: 'The app setting VITE_API_BASE_URL; /api by default.' },
    ],
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    security: [{ session: [] }],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      responses: Object.fromEntries(
        Object.entries(ruleErrors).map(([name, rule]) => [name, errorResponse([rule])]),
      ),
      parameters: {
        CsrfToken: {
          name: 'X-CSRF-Token',
          in: 'header',
          required: true,
          description:
            'The `csrfToken` of the current session (GET /session, or the answer of a login or signup). Required on every write.',
          schema: inline(z.string().min(1)),
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A new UUID per user action, the same when that action is sent again after a failure. The server keeps the first answer to a key (per account and endpoint, 5xx excepted) and answers a repeated key with it, without acting again; a request arriving while the first one runs waits for its answer. The same key with another body: 422 `CLE_IDEMPOTENCE_REUTILISEE`. Without the header, the request is handled as it comes.',
          schema: inline(z.uuid()),
        },
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The session cookie: HttpOnly, Secure, SameSite=Strict, Path=/. Its name is the server’s choice; the app never reads it. A new session id at login and at signup.',
        },
      },
    },
  };
}

/** Where the document is committed, from the project's root. */
const OPENAPI_FILE = 'docs/api/openapi.yaml';

/** The document as committed, in the house's Prettier style (`npm run format` leaves it be). */
export async function openApiYaml(): Promise<string> {
  const options = await resolveConfig(OPENAPI_FILE);
  return format(toYaml(openApiDocument()), { ...options, parser: 'yaml' });
}
