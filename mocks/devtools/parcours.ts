/**
 * « Parcours »: every screen and state designers and QA can open from a link. The dev toolbar
 * lists them; `npm run screenshots` photographs each one in both languages and two widths.
 */
export interface ParcoursStep {
  id: string;
  screen: string;
  state: string;
  path: string;
  scenarios?: string[];
  /** Logged in as this demo account; `null` opens the page logged out. */
  as?: 'marie.durand' | 'paul.lefebvre' | null;
  /** A scripted interaction the screenshot script plays before taking the picture. */
  play?: 'submit-empty-login' | 'wrong-password' | 'open-idle-warning';
}

export const parcours: ParcoursStep[] = [
  { id: 'accueil', screen: 'Accueil', state: 'Visiteur', path: '/', as: null },
  { id: 'connexion', screen: 'Connexion', state: 'Formulaire vide', path: '/connexion', as: null },
  {
    id: 'connexion-erreurs-champs',
    screen: 'Connexion',
    state: 'Champs vides envoyés',
    path: '/connexion',
    as: null,
    play: 'submit-empty-login',
  },
  {
    id: 'connexion-refusee',
    screen: 'Connexion',
    state: 'Identifiant ou mot de passe incorrect',
    path: '/connexion',
    as: null,
    play: 'wrong-password',
  },
  {
    id: 'connexion-bloquee',
    screen: 'Connexion',
    state: 'Compte bloqué après 5 échecs',
    path: '/connexion',
    scenarios: ['compte-bloque'],
    as: null,
    play: 'wrong-password',
  },
  {
    id: 'connexion-erreur-serveur',
    screen: 'Connexion',
    state: 'Erreur serveur',
    path: '/connexion',
    scenarios: ['erreur-serveur'],
    as: null,
    play: 'wrong-password',
  },
  {
    id: 'connexion-hors-ligne',
    screen: 'Connexion',
    state: 'Hors ligne',
    path: '/connexion',
    scenarios: ['hors-ligne'],
    as: null,
    play: 'wrong-password',
  },
  {
    id: 'session-expiree',
    screen: 'Connexion',
    state: 'Session expirée',
    path: '/connexion?raison=session-expiree&redirectTo=%2Ftableau-de-bord',
    as: null,
  },
  {
    id: 'deconnecte',
    screen: 'Connexion',
    state: 'Après la déconnexion',
    path: '/connexion?raison=deconnexion',
    as: null,
  },
  {
    id: 'tableau-de-bord-abonne',
    screen: 'Tableau de bord',
    state: 'Abonné à la gestion des litiges',
    path: '/tableau-de-bord',
    as: 'marie.durand',
  },
  {
    id: 'tableau-de-bord-non-abonne',
    screen: 'Tableau de bord',
    state: 'Non abonné : invitation « Activer »',
    path: '/tableau-de-bord',
    as: 'paul.lefebvre',
  },
  {
    id: 'inactivite',
    screen: 'Tableau de bord',
    state: 'Avertissement d’inactivité',
    path: '/tableau-de-bord',
    as: 'marie.durand',
    play: 'open-idle-warning',
  },
  { id: 'page-introuvable', screen: 'Erreurs', state: 'Page introuvable', path: '/nulle-part' },
];

/** The link that opens a step: its scenarios, its account, its page. */
export function parcoursHref(step: ParcoursStep): string {
  const [pathname, query = ''] = step.path.split('?');
  const params = new URLSearchParams(query);
  params.set('scenario', (step.scenarios ?? ['par-defaut']).join(','));
  if (step.as !== undefined) params.set('en-tant-que', step.as ?? 'personne');
  return `${pathname}?${params.toString()}`;
}
