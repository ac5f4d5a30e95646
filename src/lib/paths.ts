/** Every route path of the app, in one place, so links and guards never drift apart. */
export const paths = {
  home: '/',
  login: '/connexion',
  signup: '/inscription',
  dashboard: '/tableau-de-bord',
  disputes: '/litiges',
  contact: '/contact',
} as const;

export type LoginReason = 'session-expiree' | 'deconnexion';

export function loginPath(options: { redirectTo?: string; reason?: LoginReason } = {}): string {
  const search = new URLSearchParams();
  if (options.redirectTo) {
    search.set('redirectTo', options.redirectTo);
  }
  if (options.reason) search.set('raison', options.reason);
  const query = search.toString();
  return query ? `${paths.login}?${query}` : paths.login;
}
