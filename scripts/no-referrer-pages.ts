// Pages whose address holds a secret (a « Mot de passe oublié » link's token) are served with
// `Referrer-Policy: no-referrer`, so no request they make carries that address, not even the
// ones made before the app runs. Hosting must send it too (README, « Hosting »).
import type { Connect, Plugin } from 'vite';
import { paths } from '../src/lib/paths.ts';

export const NO_REFERRER_PAGES: readonly string[] = [paths.passwordNew];

const sendNoReferrer: Connect.NextHandleFunction = (request, response, next) => {
  // Before any rewrite to the app shell: the path asked for decides.
  const asked = (request as Connect.IncomingMessage).originalUrl ?? request.url ?? '/';
  const { pathname } = new URL(asked, 'http://local.invalid');
  if (NO_REFERRER_PAGES.includes(pathname.replace(/(.)\/$/, '$1'))) {
    response.setHeader('Referrer-Policy', 'no-referrer');
  }
  next();
};

/** The header on the dev server and on `vite preview` (the browser tests' server). */
export function noReferrerPages(): Plugin {
  return {
    name: 'no-referrer-pages',
    configureServer(server) {
      server.middlewares.use(sendNoReferrer);
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendNoReferrer);
    },
  };
}
