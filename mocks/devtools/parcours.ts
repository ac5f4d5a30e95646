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
  /** `?horloge=`: the mock clock, Paris wall-clock time. */
  clock?: string;
  /**
   * What shows once the state is ready (a CSS selector, the same in both languages): the
   * screenshot gallery and the browser test wait for it, and for no loading indicator.
   */
  ready: string;
  /** A scripted interaction the screenshot script plays before taking the picture. */
  play?:
    | 'submit-empty-login'
    | 'submit-empty'
    | 'request-reset'
    | 'request-reset-too-often'
    | 'follow-reset-link'
    | 'reset-weak-password'
    | 'reset-password'
    | 'reuse-reset-link'
    | 'request-identifiant'
    | 'wrong-password'
    | 'open-idle-warning'
    | 'open-chat'
    | 'signup-known'
    | 'signup-profile'
    | 'signup-finance'
    | 'signup-review'
    | 'signup-done'
    | 'activation-review'
    | 'open-first-case'
    | 'open-accept-dialog'
    | 'contest-empty';
}

export const parcours: ParcoursStep[] = [
  { id: 'accueil', screen: 'Accueil', state: 'Visiteur', path: '/', as: null, ready: 'main h1' },
  {
    id: 'connexion',
    screen: 'Connexion',
    state: 'Formulaire vide',
    path: '/connexion',
    as: null,
    ready: 'main form',
  },
  {
    id: 'connexion-erreurs-champs',
    screen: 'Connexion',
    state: 'Champs vides envoyés',
    path: '/connexion',
    as: null,
    play: 'submit-empty-login',
    ready: 'main [aria-invalid="true"]',
  },
  {
    id: 'connexion-refusee',
    screen: 'Connexion',
    state: 'Identifiant ou mot de passe incorrect',
    path: '/connexion',
    as: null,
    play: 'wrong-password',
    ready: 'main [role="alert"]',
  },
  {
    id: 'connexion-bloquee',
    screen: 'Connexion',
    state: 'Compte bloqué après 5 échecs',
    path: '/connexion',
    scenarios: ['compte-bloque'],
    as: null,
    play: 'wrong-password',
    ready: 'main [role="alert"]',
  },
  {
    id: 'connexion-erreur-serveur',
    screen: 'Connexion',
    state: 'Erreur serveur',
    path: '/connexion',
    scenarios: ['erreur-serveur'],
    as: null,
    play: 'wrong-password',
    ready: 'main [role="alert"]',
  },
  {
    id: 'connexion-hors-ligne',
    screen: 'Connexion',
    state: 'Hors ligne',
    path: '/connexion',
    scenarios: ['hors-ligne'],
    as: null,
    play: 'wrong-password',
    ready: 'main [role="alert"]',
  },
  {
    id: 'session-expiree',
    screen: 'Connexion',
    state: 'Session expirée',
    path: '/connexion?raison=session-expiree&redirectTo=%2Ftableau-de-bord',
    as: null,
    ready: 'main form',
  },
  {
    id: 'deconnecte',
    screen: 'Connexion',
    state: 'Après la déconnexion',
    path: '/connexion?raison=deconnexion',
    as: null,
    ready: 'main form',
  },
  {
    id: 'mot-de-passe-oublie',
    screen: 'Mot de passe oublié',
    state: 'Formulaire vide',
    path: '/mot-de-passe/oublie',
    as: null,
    ready: 'main form',
  },
  {
    id: 'mot-de-passe-oublie-erreurs',
    screen: 'Mot de passe oublié',
    state: 'Champ vide envoyé',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'submit-empty',
    ready: 'main [aria-invalid="true"]',
  },
  {
    id: 'mot-de-passe-oublie-envoye',
    screen: 'Mot de passe oublié',
    state: '« Si un compte correspond, un e-mail vient d’être envoyé »',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'request-reset',
    ready: 'main .alert--success',
  },
  {
    id: 'mot-de-passe-oublie-trop-de-demandes',
    screen: 'Mot de passe oublié',
    state: 'Trop de demandes pour cet identifiant',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'request-reset-too-often',
    ready: 'main [role="alert"]',
  },
  {
    id: 'mot-de-passe-oublie-erreur-envoi',
    screen: 'Mot de passe oublié',
    state: 'Panne du serveur d’e-mails',
    path: '/mot-de-passe/oublie',
    scenarios: ['erreur-envoi-e-mail'],
    as: null,
    play: 'request-reset',
    ready: 'main [role="alert"]',
  },
  {
    id: 'mot-de-passe-oublie-erreur-serveur',
    screen: 'Mot de passe oublié',
    state: 'Erreur serveur',
    path: '/mot-de-passe/oublie',
    scenarios: ['erreur-serveur'],
    as: null,
    play: 'request-reset',
    ready: 'main [role="alert"]',
  },
  {
    id: 'nouveau-mot-de-passe',
    screen: 'Nouveau mot de passe',
    state: 'Lien de l’e-mail suivi : formulaire',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'follow-reset-link',
    ready: 'main input[name="password"]',
  },
  {
    id: 'nouveau-mot-de-passe-refuse',
    screen: 'Nouveau mot de passe',
    state: 'Mot de passe trop faible refusé',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'reset-weak-password',
    ready: 'main [aria-invalid="true"]',
  },
  {
    id: 'nouveau-mot-de-passe-modifie',
    screen: 'Nouveau mot de passe',
    state: 'Mot de passe modifié',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'reset-password',
    ready: 'main a.button[href="/connexion"]',
  },
  {
    id: 'nouveau-mot-de-passe-lien-expire',
    screen: 'Nouveau mot de passe',
    state: 'Lien expiré',
    path: '/mot-de-passe/oublie',
    scenarios: ['lien-expire'],
    as: null,
    play: 'follow-reset-link',
    ready: 'main a[href="/mot-de-passe/oublie"]',
  },
  {
    id: 'nouveau-mot-de-passe-lien-utilise',
    screen: 'Nouveau mot de passe',
    state: 'Lien déjà utilisé',
    path: '/mot-de-passe/oublie',
    as: null,
    play: 'reuse-reset-link',
    ready: 'main a[href="/mot-de-passe/oublie"]',
  },
  {
    id: 'nouveau-mot-de-passe-lien-inconnu',
    screen: 'Nouveau mot de passe',
    state: 'Lien inconnu',
    path: '/mot-de-passe/nouveau?jeton=inconnu',
    as: null,
    ready: 'main a[href="/mot-de-passe/oublie"]',
  },
  {
    id: 'nouveau-mot-de-passe-sans-lien',
    screen: 'Nouveau mot de passe',
    state: 'Page rechargée : le lien n’est plus dans l’adresse',
    path: '/mot-de-passe/nouveau',
    as: null,
    ready: 'main a[href="/mot-de-passe/oublie"]',
  },
  {
    id: 'nouveau-mot-de-passe-erreur-serveur',
    screen: 'Nouveau mot de passe',
    state: 'Erreur serveur à la vérification du lien',
    path: '/mot-de-passe/nouveau?jeton=inconnu',
    scenarios: ['erreur-serveur'],
    as: null,
    ready: 'main [role="alert"]',
  },
  {
    id: 'identifiant-oublie',
    screen: 'Identifiant oublié',
    state: 'Formulaire vide',
    path: '/identifiant/oublie',
    as: null,
    ready: 'main form',
  },
  {
    id: 'identifiant-oublie-erreurs',
    screen: 'Identifiant oublié',
    state: 'Champs vides envoyés',
    path: '/identifiant/oublie',
    as: null,
    play: 'submit-empty',
    ready: 'main [aria-invalid="true"]',
  },
  {
    id: 'identifiant-oublie-envoye',
    screen: 'Identifiant oublié',
    state: '« Si un compte correspond à ces informations… »',
    path: '/identifiant/oublie',
    as: null,
    play: 'request-identifiant',
    ready: 'main .alert--success',
  },
  {
    id: 'identifiant-oublie-erreur-envoi',
    screen: 'Identifiant oublié',
    state: 'Panne du serveur d’e-mails',
    path: '/identifiant/oublie',
    scenarios: ['erreur-envoi-e-mail'],
    as: null,
    play: 'request-identifiant',
    ready: 'main [role="alert"]',
  },
  {
    id: 'tableau-de-bord-abonne',
    screen: 'Page récapitulative',
    state: 'Abonné à la gestion des litiges',
    path: '/tableau-de-bord',
    as: 'marie.durand',
    ready: 'main .stat',
  },
  {
    id: 'tableau-de-bord-non-abonne',
    screen: 'Page récapitulative',
    state: 'Non abonné : invitation « Activer »',
    path: '/tableau-de-bord',
    as: 'paul.lefebvre',
    ready: 'main .prompt',
  },
  {
    id: 'inactivite',
    screen: 'Page récapitulative',
    state: 'Avertissement d’inactivité',
    path: '/tableau-de-bord',
    as: 'marie.durand',
    play: 'open-idle-warning',
    ready: 'dialog[role="alertdialog"][open]',
  },
  {
    id: 'inscription-etape-1',
    screen: 'Créer un compte',
    state: 'Étape 1 : votre établissement',
    path: '/inscription/etablissement',
    as: null,
    ready: 'main form',
  },
  {
    id: 'inscription-etablissement-reconnu',
    screen: 'Créer un compte',
    state: 'Étape 1 : établissement reconnu',
    path: '/inscription/etablissement',
    as: null,
    play: 'signup-known',
    ready: 'main [role="status"]:not(:empty), main [role="alert"]',
  },
  {
    id: 'inscription-deja-inscrit',
    screen: 'Créer un compte',
    state: 'Étape 1 : établissement déjà inscrit',
    path: '/inscription/etablissement',
    scenarios: ['etablissement-deja-inscrit'],
    as: null,
    play: 'signup-known',
    ready: 'main [role="alert"]',
  },
  {
    id: 'inscription-etape-2',
    screen: 'Créer un compte',
    state: 'Étape 2 : votre profil',
    path: '/inscription/etablissement',
    as: null,
    play: 'signup-profile',
    ready: 'main input[name="identifiant"]',
  },
  {
    id: 'inscription-etape-3',
    screen: 'Créer un compte',
    state: 'Étape 3 : gestion financière',
    path: '/inscription/etablissement',
    as: null,
    play: 'signup-finance',
    ready: 'main input[name="gestionLitiges"]',
  },
  {
    id: 'inscription-verification',
    screen: 'Créer un compte',
    state: 'Vérifiez vos informations',
    path: '/inscription/etablissement',
    as: null,
    play: 'signup-review',
    ready: 'main dl',
  },
  {
    id: 'inscription-erreur',
    screen: 'Créer un compte',
    state: 'Erreur serveur à la création',
    path: '/inscription/etablissement',
    scenarios: ['erreur-inscription'],
    as: null,
    play: 'signup-done',
    ready: 'main [role="alert"]',
  },
  {
    id: 'inscription-confirmation',
    screen: 'Créer un compte',
    state: 'Votre compte est créé',
    path: '/inscription/etablissement',
    as: null,
    play: 'signup-done',
    ready: 'main h1',
  },
  {
    id: 'activation-conditions',
    screen: 'Activation de la gestion des litiges',
    state: 'Étape 1 : conditions',
    path: '/litiges/activation',
    as: 'paul.lefebvre',
    ready: 'main input[type="checkbox"]',
  },
  {
    id: 'activation-verification',
    screen: 'Activation de la gestion des litiges',
    state: 'Étape 3 : vérification',
    path: '/litiges/activation',
    as: 'paul.lefebvre',
    play: 'activation-review',
    ready: 'main dl',
  },
  {
    id: 'parametres-notifications',
    screen: 'Notifications par e-mail',
    state: 'Réglages',
    path: '/parametres/notifications',
    as: 'marie.durand',
    ready: 'main input[type="checkbox"]',
  },
  {
    id: 'tableau-de-bord-aucun-litige',
    screen: 'Page récapitulative',
    state: 'Abonné sans litige',
    path: '/tableau-de-bord',
    scenarios: ['aucun-litige'],
    as: 'marie.durand',
    ready: 'main .stat',
  },
  {
    id: 'tableau-de-bord-erreur',
    screen: 'Page récapitulative',
    state: 'Erreur serveur',
    path: '/tableau-de-bord',
    scenarios: ['erreur-serveur'],
    as: 'marie.durand',
    ready: 'main [role="alert"]',
  },
  {
    id: 'contact-visiteur',
    screen: 'Nous contacter',
    state: 'Visiteur, horaires d’ouverture',
    path: '/contact',
    as: null,
    clock: '2026-12-02T10:00',
    ready: 'main .channel-status',
  },
  {
    id: 'contact-ferme',
    screen: 'Nous contacter',
    state: 'Samedi : tout est fermé',
    path: '/contact',
    as: 'marie.durand',
    clock: '2026-12-05T10:00',
    ready: 'main .channel-status',
  },
  {
    id: 'chat-conversation',
    screen: 'Chat en direct',
    state: 'Panneau ouvert, accueil du conseiller',
    path: '/tableau-de-bord',
    as: 'marie.durand',
    clock: '2026-12-02T10:00',
    play: 'open-chat',
    ready: '.chat-message--adviser',
  },
  {
    id: 'chat-ferme',
    screen: 'Chat en direct',
    state: 'En dehors des horaires',
    path: '/tableau-de-bord',
    scenarios: ['chat-ferme'],
    as: 'marie.durand',
    play: 'open-chat',
    ready: '[role="dialog"] .alert',
  },
  {
    id: 'chat-indisponible',
    screen: 'Chat en direct',
    state: 'Connexion impossible',
    path: '/tableau-de-bord',
    scenarios: ['chat-indisponible'],
    as: 'marie.durand',
    clock: '2026-12-02T10:00',
    play: 'open-chat',
    ready: '[role="dialog"] .alert',
  },
  {
    id: 'litiges-a-traiter',
    screen: 'Litiges',
    state: 'À traiter, échéance la plus proche d’abord',
    path: '/litiges',
    as: 'marie.durand',
    ready: 'main tbody tr',
  },
  {
    id: 'litiges-clos',
    screen: 'Litiges',
    state: 'Onglet « Clos »',
    path: '/litiges?tab=clos',
    as: 'marie.durand',
    ready: 'main tbody tr',
  },
  {
    id: 'litiges-sans-resultat',
    screen: 'Litiges',
    state: 'Recherche sans résultat',
    path: '/litiges?q=introuvable',
    as: 'marie.durand',
    ready: 'main .alert--info',
  },
  {
    id: 'litiges-nombreux',
    screen: 'Litiges',
    state: '5 000 litiges',
    path: '/litiges',
    scenarios: ['nombreux-litiges'],
    as: 'marie.durand',
    ready: 'main tbody tr',
  },
  {
    id: 'litiges-non-abonne',
    screen: 'Litiges',
    state: 'Non abonné : activation requise',
    path: '/litiges',
    as: 'paul.lefebvre',
    ready: 'main .prompt',
  },
  {
    id: 'litiges-erreur',
    screen: 'Litiges',
    state: 'Erreur serveur',
    path: '/litiges',
    scenarios: ['erreur-serveur'],
    as: 'marie.durand',
    ready: 'main [role="alert"]',
  },
  {
    id: 'litige-dossier',
    screen: 'Litige',
    state: 'Dossier à traiter',
    path: '/litiges',
    as: 'marie.durand',
    play: 'open-first-case',
    ready: 'main dl',
  },
  {
    id: 'litige-accepter',
    screen: 'Litige',
    state: 'Confirmation « Accepter »',
    path: '/litiges',
    as: 'marie.durand',
    play: 'open-accept-dialog',
    ready: 'dialog[open]:not([role="alertdialog"])',
  },
  {
    id: 'litige-contester-erreurs',
    screen: 'Litige',
    state: 'Contestation envoyée vide : erreurs',
    path: '/litiges',
    as: 'marie.durand',
    play: 'contest-empty',
    ready: 'main [aria-invalid="true"]',
  },
  {
    id: 'litige-lecture-seule',
    screen: 'Litige',
    state: 'Dossier clos, en lecture seule',
    path: '/litiges?tab=clos',
    as: 'marie.durand',
    play: 'open-first-case',
    ready: 'main dl',
  },
  {
    id: 'page-introuvable',
    screen: 'Erreurs',
    state: 'Page introuvable',
    path: '/nulle-part',
    ready: 'main h1',
  },
];

/** The link that opens a step: its scenarios, its account, its page. */
export function parcoursHref(step: ParcoursStep): string {
  const [pathname, query = ''] = step.path.split('?');
  const params = new URLSearchParams(query);
  params.set('scenario', (step.scenarios ?? ['par-defaut']).join(','));
  if (step.as !== undefined) params.set('en-tant-que', step.as ?? 'personne');
  params.set('horloge', step.clock ?? 'reelle');
  return `${pathname}?${params.toString()}`;
}
