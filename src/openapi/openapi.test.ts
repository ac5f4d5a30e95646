import { HttpHandler, WebSocketHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_BASE } from '../../mocks/api-base';
import { handlers } from '../../mocks/handlers';
import { startSession } from '../../mocks/server-state';
import { logInAs } from '../../mocks/testing';
import readme from '../../docs/api/README.md?raw';
import { openApiDocument, openApiYaml } from './document';
import { apiErrorCodes } from './errors';

// The committed document, from this file (OPENAPI_FILE is the same from the project's root).
const DOCUMENT = '../../docs/api/openapi.yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface DocumentedOperation {
  method: string;
  path: string;
  websocket: boolean;
  needsUser: boolean;
}

function documentedOperations(): DocumentedOperation[] {
  const paths = openApiDocument().paths as Record<string, Record<string, Record<string, unknown>>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const responses = operation.responses as Record<string, { $ref?: string }>;
        return {
          method: method.toUpperCase(),
          path,
          websocket: 'x-websocket' in operation,
          needsUser: responses['401']?.$ref === '#/components/responses/SessionExpired',
        };
      }),
  );
}

const key = ({ method, path, websocket }: Omit<DocumentedOperation, 'needsUser'>) =>
  `${websocket ? 'WEBSOCKET' : method} ${path}`;

/** `/api/litiges/:numero` → `/litiges/{numero}`, as the document writes it. */
function documentPath(mockPath: string): string {
  if (!mockPath.startsWith(API_BASE)) return `outside the API base: ${mockPath}`;
  return mockPath.slice(API_BASE.length).replace(/:(\w+)/g, '{$1}');
}

function socketUrl(path: string): string {
  const url = new URL(`${API_BASE}${path}`, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/** What the mock backend answers, as `METHOD /path` below the API base. */
function mockedOperations(documented: readonly DocumentedOperation[]): string[] {
  return handlers.map((handler) => {
    if (handler instanceof HttpHandler) {
      const { method, path } = handler.info;
      if (typeof method !== 'string' || typeof path !== 'string') {
        return `a handler matched by a pattern: ${String(method)} ${String(path)}`;
      }
      return `${method.toUpperCase()} ${documentPath(path)}`;
    }
    if (handler instanceof WebSocketHandler) {
      const socket = documented.find(
        (operation) =>
          operation.websocket && handler.parse({ url: socketUrl(operation.path) }).match.matches,
      );
      return socket ? key(socket) : 'a WebSocket handler the document does not describe';
    }
    return 'a handler that is neither HTTP nor WebSocket';
  });
}

describe('docs/api/openapi.yaml', () => {
  it('is the document the zod contracts give (rewrite it: npx vitest run src/openapi -u)', async () => {
    await expect(await openApiYaml()).toMatchFileSnapshot(DOCUMENT);
  });

  it('describes exactly the endpoints the mock backend answers', () => {
    const documented = documentedOperations();
    expect(mockedOperations(documented).sort()).toEqual(documented.map(key).sort());
  });

  it('says which endpoints need a logged-in user and that every write needs the anti-CSRF token, as the mock answers', async () => {
    const api = async (method: string, path: string, headers: Record<string, string> = {}) => {
      const body = method === 'GET' ? null : '{}';
      const response = await fetch(new URL(`${API_BASE}${path}`, location.href), {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
      const json: unknown = await response.json().catch(() => null);
      const code = typeof json === 'object' && json && 'code' in json ? json.code : null;
      return `${response.status} ${String(code)}`;
    };
    const http = documentedOperations().filter((operation) => !operation.websocket);
    for (const operation of http) {
      const path = operation.path.replace(/\{\w+\}/g, 'LT-2026-000001');
      const { csrfToken } = startSession(null);
      const answer = await api(operation.method, path, { 'X-CSRF-Token': csrfToken });
      expect(answer === '401 SESSION_EXPIREE', key(operation)).toBe(operation.needsUser);
      if (operation.method !== 'GET') {
        logInAs('marie.durand');
        expect(await api(operation.method, path), key(operation)).toBe('403 CSRF');
      }
    }
  });
});

describe('docs/api/README.md', () => {
  it('names every error code of the document with its HTTP status', () => {
    const missing = [...apiErrorCodes()]
      .filter(([code, status]) => !new RegExp(`\\| \`${code}\` +\\| ${status} +\\|`).test(readme))
      .map(([code, status]) => `${code} (${status})`);
    expect(missing).toEqual([]);
  });
});
