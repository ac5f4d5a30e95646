import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadSession, redirectIfLoggedIn, requireUser } from '@/features/auth/guards';
import { loadNamespaces } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { RootLayout } from './layouts/root-layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';
import { StartupFallback } from './startup-fallback';

/** One route tree for the browser and the tests; pages are lazy chunks, guards are not. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      element: <RootLayout />,
      errorElement: <RouteError />,
      loader: loadSession(queryClient),
      HydrateFallback: StartupFallback,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { path: paths.home, lazy: page(() => import('@/features/home/routes/home'), ['home']) },
            {
              path: paths.login,
              loader: redirectIfLoggedIn(queryClient),
              lazy: page(() => import('@/features/auth/routes/login'), ['auth']),
            },
            {
              id: 'authenticated',
              loader: requireUser(queryClient),
              // Lazy too: nothing of the logged-in shell weighs on the login page.
              lazy: page(() => import('./layouts/authenticated-layout'), []),
              children: [
                {
                  path: paths.dashboard,
                  lazy: page(() => import('@/features/dashboard/routes/dashboard'), ['dashboard']),
                },
              ],
            },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ];
}

/**
 * A lazy page: its code and its translation namespaces load together, before it renders, so
 * no key ever flashes on screen. Keys of another namespace (`validation:…`) need it listed.
 */
function page(load: () => Promise<{ default: ComponentType }>, namespaces: readonly string[]) {
  return async () => {
    const [module] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { Component: module.default };
  };
}
