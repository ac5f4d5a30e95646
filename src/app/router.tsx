import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadSession, redirectIfLoggedIn, requireUser } from '@/features/auth/guards';
import { paths } from '@/lib/paths';
import { AuthenticatedLayout } from './layouts/authenticated-layout';
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
            { path: paths.home, lazy: () => import('@/features/home/routes/home').then(toRoute) },
            {
              path: paths.login,
              loader: redirectIfLoggedIn(queryClient),
              lazy: () => import('@/features/auth/routes/login').then(toRoute),
            },
            {
              id: 'authenticated',
              loader: requireUser(queryClient),
              element: <AuthenticatedLayout />,
              children: [
                {
                  path: paths.dashboard,
                  lazy: () => import('@/features/dashboard/routes/dashboard').then(toRoute),
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

function toRoute(module: { default: ComponentType }) {
  return { Component: module.default };
}
