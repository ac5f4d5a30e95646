/** Every route path of the app, in one place, so links and guards never drift apart. */
export const paths = {
  home: '/',
  login: '/connexion',
  passwordForgotten: '/mot-de-passe/oublie',
  /** The e-mailed link's page: `?jeton=` names the link, and leaves the address bar once read. */
  passwordNew: '/mot-de-passe/nouveau',
  identifiantForgotten: '/identifiant/oublie',
  signup: '/inscription',
  signupEtablissement: '/inscription/etablissement',
  signupProfil: '/inscription/profil',
  signupGestionFinanciere: '/inscription/gestion-financiere',
  signupReview: '/inscription/verification',
  signupConfirmation: '/inscription/confirmation',
  dashboard: '/tableau-de-bord',
  disputes: '/litiges',
  /** A static segment: it outranks `disputeCase`'s `:numero`. */
  disputeStatistics: '/litiges/statistiques',
  disputeCase: '/litiges/:numero',
  disputeContest: '/litiges/:numero/contestation',
  disputeActivation: '/litiges/activation',
  notificationSettings: '/parametres/notifications',
  contact: '/contact',
} as const;

/** Why the dashboard was opened by a redirect; it shows the matching message. */
export type DashboardInfo = 'deja-active' | 'activation-requise';

export function dashboardPath(info?: DashboardInfo): string {
  return info ? `${paths.dashboard}?info=${info}` : paths.dashboard;
}

export type LoginReason = 'inactivite' | 'session-expiree' | 'deconnexion';

export function loginPath(options: { redirectTo?: string; reason?: LoginReason } = {}): string {
  const search = new URLSearchParams();
  if (options.redirectTo) {
    search.set('redirectTo', options.redirectTo);
  }
  if (options.reason) search.set('raison', options.reason);
  const query = search.toString();
  return query ? `${paths.login}?${query}` : paths.login;
}
