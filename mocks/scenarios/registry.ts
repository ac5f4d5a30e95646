import { API_ERROR_CODES } from '@/lib/api-error-codes';
import { RESET_LINK_LIFETIME_MS } from '../password-reset-links';

export type Failure = 'erreur-serveur' | 'hors-ligne';

/** One endpoint refuses valid calls, as a server with a fault in one place would. */
export interface EndpointFailure {
  /** `METHOD /path` as the mock declares it: `POST /compte/gestion-litiges`. */
  endpoint: string;
  status: number;
  code: string;
  /** A body field: only the first call per value fails, so « Réessayer » succeeds. */
  firstCallPer?: string;
}

export interface Scenario {
  /** French, kebab-case: the value QA puts in `?scenario=`. */
  name: string;
  title: string;
  description: string;
  /** Where the effect shows, for QA and the designers' « Parcours ». */
  screens: string[];
  /** Added to every call. */
  latencyMs?: number;
  failure?: Failure;
  endpointFailure?: EndpointFailure;
  /** Password reset links are sent already this old (their lifetime is 30 minutes). */
  resetLinkAgeMs?: number;
  /** Before a bulk acceptance, its first case is accepted as if from another tab. */
  bulkFirstCaseAnsweredElsewhere?: true;
  /** The mail server is down: no e-mail leaves, and requests that exist to send one get 503. */
  mailServerDown?: true;
  /**
   * Changes the server's data or session after the demo seed (`scenarios/seeds.ts`): applying
   * it starts from fresh demo data, so it always shows the same thing.
   */
  seeds?: true;
}

export const scenarios = [
  {
    name: 'par-defaut',
    title: 'Par défaut',
    description: 'Les données de démonstration, sans latence ajoutée ni panne.',
    screens: ['Toutes'],
  },
  {
    name: 'reseau-lent',
    title: 'Réseau lent',
    description: 'Chaque appel à l’API prend 2 secondes de plus.',
    screens: ['Toutes : indicateurs de chargement'],
    latencyMs: 2000,
  },
  {
    name: 'erreur-serveur',
    title: 'Erreur serveur',
    description: 'Chaque appel à l’API répond 500.',
    screens: ['Connexion', 'Page récapitulative', 'Toutes : messages d’erreur et « Réessayer »'],
    failure: 'erreur-serveur',
  },
  {
    name: 'hors-ligne',
    title: 'Hors ligne',
    description: 'Chaque appel à l’API échoue comme si le réseau était coupé.',
    screens: ['Connexion', 'Toutes : message « connexion impossible »'],
    failure: 'hors-ligne',
  },
  {
    name: 'compte-bloque',
    title: 'Compte bloqué',
    description:
      'L’identifiant marie.durand est bloqué pour 15 minutes après 5 tentatives échouées.',
    screens: ['Connexion'],
    seeds: true,
  },
  {
    name: 'session-expiree',
    title: 'Session expirée',
    description: 'Le prochain appel authentifié répond 401 : la session a expiré côté serveur.',
    screens: ['Page récapitulative', 'Toutes les pages connectées'],
    seeds: true,
  },
  {
    name: 'nouveau-commercant',
    title: 'Nouveau commerçant',
    description:
      'Connecté en tant que paul.lefebvre, qui n’a pas encore souscrit à la gestion des litiges : le rappel « Activer » s’affiche.',
    screens: ['Page récapitulative : rappel « Activer »', 'Activation de la gestion des litiges'],
    seeds: true,
  },
  {
    name: 'aucun-litige',
    title: 'Aucun litige',
    description: 'marie.durand est abonnée à la gestion des litiges mais n’a aucun litige.',
    screens: [
      'Page récapitulative : synthèse des litiges vide',
      'Statistiques des litiges : aucun litige sur la période',
    ],
    seeds: true,
  },
  {
    name: 'nombreux-litiges',
    title: 'Nombreux litiges',
    description:
      'marie.durand a 5 000 litiges de tous types, statuts et motifs : pagination, tri, filtres et recherche à grande échelle.',
    screens: [
      'Litiges : liste, onglets, filtres, pages, export CSV',
      'Statistiques des litiges sur 5 000 litiges',
    ],
    seeds: true,
  },
  {
    name: 'erreur-activation',
    title: 'Erreur à l’activation',
    description:
      'Seule la confirmation de l’activation de la gestion des litiges répond 500 ; le reste fonctionne.',
    screens: ['Activation de la gestion des litiges : étape 3, « Réessayer »'],
    endpointFailure: {
      endpoint: 'POST /compte/gestion-litiges',
      status: 500,
      code: API_ERROR_CODES.server,
    },
  },
  {
    name: 'erreur-inscription',
    title: 'Erreur à la création du compte',
    description:
      'La première demande « Créer mon compte » de chaque inscription répond 500 ; « Réessayer » crée le compte.',
    screens: ['Créer un compte : vérification, « Réessayer »'],
    endpointFailure: {
      endpoint: 'POST /inscription',
      status: 500,
      code: API_ERROR_CODES.server,
      firstCallPer: 'demandeId',
    },
  },
  {
    name: 'litige-deja-traite',
    title: 'Litige déjà traité ailleurs',
    description:
      'À chaque « Accepter la sélection », le premier litige choisi vient d’être accepté depuis un autre onglet : le résultat le signale comme non accepté, les autres le sont.',
    screens: ['Litiges : résultat de « Accepter la sélection »'],
    bulkFirstCaseAnsweredElsewhere: true,
  },
  {
    name: 'lien-expire',
    title: 'Lien de mot de passe expiré',
    description:
      'Les liens « Mot de passe oublié » envoyés ont déjà 30 minutes : les suivre explique que le lien a expiré et propose d’en demander un nouveau.',
    screens: ['Nouveau mot de passe : « Ce lien a expiré »'],
    resetLinkAgeMs: RESET_LINK_LIFETIME_MS,
  },
  {
    name: 'erreur-envoi-e-mail',
    title: 'Panne du serveur d’e-mails',
    description:
      'Les demandes « Mot de passe oublié » et « Identifiant oublié » répondent qu’aucun e-mail n’a pu être envoyé (503), ce qui a été saisi est gardé ; un mot de passe changé l’est quand même, sans e-mail de confirmation.',
    screens: [
      'Mot de passe oublié : « L’e-mail n’a pas pu être envoyé »',
      'Identifiant oublié : même message',
    ],
    mailServerDown: true,
  },
  {
    name: 'chat-ferme',
    title: 'Chat fermé',
    description:
      'Le chat répond comme en dehors de ses horaires (du lundi au vendredi, de 9 h 00 à 18 h 00) : le bouton « Chat » indique sa réouverture et aucune conversation ne démarre. Le téléphone suit l’horloge.',
    screens: [
      'Nous contacter : « Fermé — réouverture … »',
      'Toutes les pages connectées : bouton « Chat »',
    ],
  },
  {
    name: 'chat-indisponible',
    title: 'Chat indisponible',
    description:
      'La connexion au chat échoue à chaque tentative : le panneau le signale et réessaie de plus en plus espacé ; les messages saisis sont gardés.',
    screens: ['Panneau du chat : « momentanément indisponible »'],
  },
  {
    name: 'abonne-avec-litiges',
    title: 'Abonné avec litiges',
    description:
      'Connecté en tant que marie.durand, abonnée à la gestion des litiges, avec des litiges dans tous les états.',
    screens: ['Page récapitulative : synthèse des litiges', 'Litiges : liste et dossiers'],
    seeds: true,
  },
  {
    name: 'etablissement-deja-inscrit',
    title: 'Établissement déjà inscrit',
    description:
      'Fromagerie Dubois et Café des Arts ont déjà un compte en ligne : « Créer un compte » le signale dès l’étape 1.',
    screens: ['Créer un compte : étape 1, « déjà un compte en ligne »'],
    seeds: true,
  },
] as const satisfies readonly Scenario[];

export type ScenarioName = (typeof scenarios)[number]['name'];

export function findScenario(name: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.name === name);
}

/** `?scenario=a,b` → ['a', 'b']; `null` when the URL does not choose. */
export function parseScenarioParam(search: string): string[] | null {
  const value = new URLSearchParams(search).get('scenario');
  if (value === null) return null;
  return value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
