import { now } from '../clock';
import { serverState } from '../server-state';

export type Failure = 'erreur-serveur' | 'hors-ligne';

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
  /** Changes the data after the demo seed; a scenario with a seed starts from fresh data. */
  seed?: () => void | Promise<void>;
}

const LOCK_MS = 15 * 60_000;

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
    screens: ['Connexion', 'Tableau de bord', 'Toutes : messages d’erreur et « Réessayer »'],
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
    seed: () => {
      serverState.loginFailures['marie.durand'] = { failures: [], lockedUntil: now() + LOCK_MS };
    },
  },
  {
    name: 'session-expiree',
    title: 'Session expirée',
    description: 'Le prochain appel authentifié répond 401 : la session a expiré côté serveur.',
    screens: ['Tableau de bord', 'Toutes les pages connectées'],
    seed: () => {
      serverState.expireNextCall = true;
    },
  },
] as const satisfies readonly Scenario[];

export type ScenarioName = (typeof scenarios)[number]['name'];

export function findScenario(name: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.name === name);
}
