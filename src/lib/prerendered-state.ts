/** What the build writes beside a prerendered page, for the app to hydrate it. */
export interface PrerenderedState {
  pathname: string;
  /** The route loaders' answers, by route id, as the router's `hydrationData` wants them. */
  loaderData: Record<string, unknown>;
}

export const PRERENDERED_STATE_ID = 'etat-prerendu';

/** The prerendered page's state, when this load can hydrate it as it is. */
export function readPrerenderedState(language: string): PrerenderedState | null {
  const element = document.getElementById(PRERENDERED_STATE_ID);
  if (!element?.textContent) return null;
  const state = JSON.parse(element.textContent) as PrerenderedState;
  // The build rendered a French page without a query string (no QA parameter, no alert).
  const { pathname, search } = window.location;
  return state.pathname === pathname && search === '' && language === 'fr' ? state : null;
}
