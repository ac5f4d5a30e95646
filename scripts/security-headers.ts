import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

/**
 * The headers every response of the app carries: the same policy in `npm run dev`, in
 * `vite preview` and, as `docs/deploiement.md` shows, in production hosting.
 */
export interface PolicyOptions {
  /** `VITE_API_BASE_URL`: a path (same origin) or an absolute URL (another origin). */
  apiBaseUrl: string;
  /** The dev server's nonce for the inline scripts and styles Vite itself injects. */
  nonce?: string;
}

/** The API's origin and its WebSocket twin, when the API lives elsewhere. */
function apiSources(apiBaseUrl: string): string[] {
  if (!/^https?:\/\//.test(apiBaseUrl)) return [];
  const api = new URL(apiBaseUrl);
  const socket = new URL(api.origin);
  socket.protocol = api.protocol === 'https:' ? 'wss:' : 'ws:';
  return [api.origin, socket.origin];
}

export function contentSecurityPolicy({ apiBaseUrl, nonce }: PolicyOptions): string {
  const inline = nonce ? [`'nonce-${nonce}'`] : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inline],
    'style-src': ["'self'", ...inline],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    // 'self' covers the same-origin WebSocket too: the chat, and the dev server's reloads.
    'connect-src': ["'self'", ...apiSources(apiBaseUrl)],
    // The mock backend: MSW's service worker and the shared mock server.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export function securityHeaders(options: PolicyOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    // Older browsers ignore frame-ancestors.
    'X-Frame-Options': 'DENY',
    // No address, not even a path with a reset token, leaves for another site.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Hashed build files never change; the HTML that names them must always be revalidated. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function devNonce(): string {
  return randomBytes(18).toString('base64');
}

function withHeaders(headers: Record<string, string>, caching: boolean) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (caching) {
      const pathname = new URL(request.url ?? '/', 'http://host.invalid').pathname;
      // sirv sets its own Cache-Control once the file is found: ours must come last.
      const writeHead = response.writeHead.bind(response);
      response.writeHead = ((...args: Parameters<typeof writeHead>) => {
        response.setHeader('Cache-Control', cacheControl(pathname));
        return writeHead(...args);
      }) as typeof response.writeHead;
    }
    next();
  };
}

/**
 * `npm run dev` and `vite preview` send the production policy. The dev server adds its nonce
 * (Vite's `html.cspNonce`) for the React refresh preamble and the styles it injects.
 */
export function sendSecurityHeaders(options: PolicyOptions): Plugin {
  return {
    name: 'send-security-headers',
    configureServer(server) {
      server.middlewares.use(withHeaders(securityHeaders(options), false));
    },
    configurePreviewServer(server) {
      server.middlewares.use(withHeaders(securityHeaders({ ...options, nonce: undefined }), true));
    },
  };
}
