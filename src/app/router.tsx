import type { ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { redirectIfSubscribed, requireSubscription } from '@/features/activation/guards';
import { readSession } from '@/features/auth/api/session-store';
import { loadSession, redirectIfLoggedIn, requireUser } from '@/features/auth/guards';
import { loadDisputesAccess } from '@/features/disputes/guards';
import type { GuestRouteHandle } from '@/features/auth/leave-guest-page';
import { loadNamespaces } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { yieldToMain } from '@/lib/yield-to-main';
import { RootLayout } from './layouts/root-layout';
import { NotFound } from './not-found';
import type { QueryClientSource } from './query-client-source';
import { RouteError, type NotFoundHandle } from './route-error';
import { StartupFallback } from './startup-fallback';

/** One route tree for the browser and the tests; pages are lazy chunks, guards are not. */
export function createRoutes(queries: QueryClientSource): RouteObject[] {
  /** Lazy, like the pages: the list's query parsing stays out of the start-up chunk. */
  async function prefetchDisputes(
    kind: 'list' | 'statistics' | 'case',
    request: Request,
    numero?: string,
  ): Promise<null> {
    const [queryClient, module] = await Promise.all([
      queries(),
      import('@/features/disputes/prefetch'),
    ]);
    return module.prefetchDisputesPage(queryClient, kind, new URL(request.url), numero);
  }

  const routes: RouteObject[] = [
    {
      id: 'root',
      element: <RootLayout />,
      errorElement: <RouteError />,
      loader: loadSession,
      HydrateFallback: StartupFallback,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: paths.home, lazy: page(() => import('@/features/home/routes/home'), ['home']) },
            {
              path: paths.login,
              handle: guestOnly,
              loader: redirectIfLoggedIn,
              lazy: page(() => import('@/features/auth/routes/login'), ['auth']),
            },
            {
              path: paths.signup,
              handle: guestOnly,
              loader: redirectIfLoggedIn,
              children: [
                { index: true, loader: async () => (await signupGuards()).resumeSignup() },
                {
                  path: paths.signupEtablissement,
                  lazy: page(() => import('@/features/signup/routes/etablissement'), signupNs),
                },
                {
                  path: paths.signupProfil,
                  loader: async () => (await signupGuards()).requireEarlierSteps('profil'),
                  lazy: page(() => import('@/features/signup/routes/profil'), signupNs),
                },
                {
                  path: paths.signupGestionFinanciere,
                  loader: async () =>
                    (await signupGuards()).requireEarlierSteps('gestionFinanciere'),
                  lazy: page(() => import('@/features/signup/routes/gestion-financiere'), signupNs),
                },
                {
                  path: paths.signupReview,
                  loader: async () => (await signupGuards()).requireEarlierSteps('review'),
                  lazy: page(() => import('@/features/signup/routes/verification'), signupNs),
                },
              ],
            },
            {
              // Outside /inscription: the new account is logged in, which that guard refuses.
              path: paths.signupConfirmation,
              loader: async () => (await signupGuards()).requireNewAccount(),
              lazy: page(() => import('@/features/signup/routes/confirmation'), signupNs),
            },
            {
              // TanStack Query loads from here on: home, login and the signup read the API through
              // no query.
              id: 'queries',
              lazy: queryPages(queries),
              children: [
                // Not guest-only: a merchant still logged in (in another tab, on another device) may
                // have forgotten, and an e-mailed link must work whoever opens it.
                {
                  path: paths.passwordForgotten,
                  lazy: page(
                    () => import('@/features/recovery/routes/forgot-password'),
                    recoveryNs,
                  ),
                },
                {
                  path: paths.passwordNew,
                  lazy: page(() => import('@/features/recovery/routes/new-password'), recoveryNs),
                },
                {
                  path: paths.identifiantForgotten,
                  lazy: page(
                    () => import('@/features/recovery/routes/forgot-identifiant'),
                    recoveryNs,
                  ),
                },
                {
                  id: 'authenticated',
                  loader: async (args) => {
                    await requireUser(args);
                    // The disputes list is where a subscribed merchant goes next: its code and texts
                    // load while they read this page, not when they click.
                    if (readSession()?.user?.gestionLitiges) {
                      whenIdle(() => {
                        void preloadPage(routes, paths.disputes);
                        loadNamespaces(disputesNs).catch(() => undefined);
                      });
                    }
                    return null;
                  },
                  // Lazy too: nothing of the logged-in shell weighs on the login page.
                  // `contact`: the « Chat » button is on every logged-in page.
                  lazy: page(() => import('./layouts/authenticated-layout'), ['contact']),
                  children: [
                    {
                      path: paths.dashboard,
                      // The data starts loading with the page's code, not after it renders.
                      loader: async () => {
                        const [queryClient, module] = await Promise.all([
                          queries(),
                          import('@/features/dashboard/prefetch'),
                        ]);
                        return module.prefetchDashboard(queryClient);
                      },
                      lazy: page(
                        () => import('@/features/dashboard/routes/dashboard'),
                        ['dashboard'],
                      ),
                    },
                    {
                      // The disputes' pages check the subscription once, here, and start their call
                      // with their code. A 404 (an unknown case) shows in the layout, by status.
                      id: 'disputes',
                      loader: loadDisputesAccess,
                      lazy: page(
                        () => import('@/features/disputes/routes/disputes-access'),
                        disputesNs,
                      ),
                      errorElement: <RouteError />,
                      children: [
                        {
                          path: paths.disputes,
                          loader: ({ request }) => prefetchDisputes('list', request),
                          lazy: page(
                            () => import('@/features/disputes/routes/disputes-list'),
                            disputesNs,
                          ),
                        },
                        {
                          path: paths.disputeStatistics,
                          loader: ({ request }) => prefetchDisputes('statistics', request),
                          lazy: page(
                            () => import('@/features/disputes/routes/disputes-statistics'),
                            statisticsNs,
                          ),
                        },
                        {
                          // A static segment outranks this one: `/litiges/activation` stays the
                          // activation.
                          path: paths.disputeCase,
                          loader: ({ request, params }) =>
                            prefetchDisputes('case', request, params.numero),
                          handle: caseNotFound,
                          lazy: page(
                            () => import('@/features/disputes/routes/dispute-case'),
                            disputesNs,
                          ),
                        },
                        {
                          path: paths.disputeContest,
                          loader: ({ request, params }) =>
                            prefetchDisputes('case', request, params.numero),
                          handle: caseNotFound,
                          lazy: page(
                            () => import('@/features/disputes/routes/contest-dispute'),
                            disputesNs,
                          ),
                        },
                      ],
                    },
                    {
                      path: paths.disputeActivation,
                      loader: redirectIfSubscribed,
                      lazy: page(
                        () => import('@/features/activation/routes/activation'),
                        ['activation', 'validation'],
                      ),
                    },
                    {
                      path: paths.notificationSettings,
                      loader: requireSubscription,
                      lazy: page(
                        () => import('@/features/activation/routes/notification-settings'),
                        ['settings', 'activation', 'validation'],
                      ),
                    },
                  ],
                },
                {
                  // Public: the hours and the phone for everyone, the chat once logged in.
                  path: paths.contact,
                  lazy: page(() => import('@/features/contact/routes/contact'), ['contact']),
                },
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
  return routes;
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 0);
}

const guestOnly: GuestRouteHandle = { guestOnly: true };
const caseNotFound: NotFoundHandle = {
  notFound: ({ numero = '' }) => ({
    title: 'disputes:case.notFoundTitle',
    text: ['disputes:case.notFound', { numero }],
    link: { to: paths.disputes, label: 'disputes:case.back' },
  }),
};
const signupNs = ['signup', 'validation'] as const;
const disputesNs = ['disputes', 'disputes-reasons'] as const;
// `disputes`: the « activation required » state, shared with the list.
const statisticsNs = ['disputes-statistics', ...disputesNs] as const;
// `auth`: the login's identifiant messages and links; `validation`: the password rules.
const recoveryNs = ['recovery', 'auth', 'validation'] as const;
// Lazy, like the pages: the signup's schemas stay out of the start-up chunk.
const signupGuards = () => import('@/features/signup/guards');

/** A page's module: its component, and what it needs done before it first renders. */
interface PageModule {
  default: ComponentType;
  prepare?: () => Promise<void>;
}

// Each lazy page's code alone, for `preloadPage`.
const pageCode = new WeakMap<object, () => Promise<unknown>>();

/**
 * A lazy page: its code and its translation namespaces load together, then its `prepare()` if
 * it has one, before it renders, so no key ever flashes on screen. Keys of another namespace
 * (`validation:…`) need it listed. `preload` starts the code alone, before the router exists
 * (see `preloadPage`).
 */
function page(load: () => Promise<PageModule>, namespaces: readonly string[]) {
  let code: Promise<PageModule> | undefined;
  const preload = () =>
    (code ??= load().catch((error: unknown) => {
      // A failed download is tried again at the next navigation.
      code = undefined;
      throw error;
    }));
  const lazy = async () => {
    const [module] = await Promise.all([preload(), loadNamespaces(namespaces)]);
    await module.prepare?.();
    return { Component: module.default };
  };
  pageCode.set(lazy, preload);
  return lazy;
}

/** The layout that gives the pages below it the query client, loaded with it. */
function queryPages(queries: QueryClientSource) {
  let layout: Promise<{ Component: ComponentType }> | undefined;
  const preload = () =>
    (layout ??= Promise.all([queries(), import('./layouts/query-layout')]).then(
      ([queryClient, module]) => ({ Component: module.queryLayout(queryClient) }),
      (error: unknown) => {
        layout = undefined;
        throw error;
      },
    ));
  pageCode.set(preload, preload);
  return preload;
}

/**
 * Loads the pages `pathname` shows into the route tree itself, as hydrating a prerendered page
 * needs: the router must render them at once, as the build did.
 */
export async function resolvePages(routes: RouteObject[], pathname: string): Promise<void> {
  await Promise.all(
    (matchRoutes(routes, pathname) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, await route.lazy(), { lazy: undefined });
    }),
  );
}

/**
 * Starts loading the code of the pages `pathname` shows while the app still waits for its
 * start-up (translations, the demo's mock backend), instead of after it. One route per task:
 * starting each request costs the main thread a little, and the routes add up.
 */
export async function preloadPage(routes: RouteObject[], pathname: string): Promise<void> {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const preload = route.lazy && pageCode.get(route.lazy);
    if (!preload) continue;
    // A failed load shows when the router loads the page itself.
    preload().catch(() => undefined);
    await yieldToMain();
  }
}
