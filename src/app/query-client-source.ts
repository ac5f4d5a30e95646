import type { QueryClient } from '@tanstack/react-query';
import { onSessionReset } from '@/features/auth/api/session-store';

/** The app's query client, created when the first page that reads the API through it opens. */
export type QueryClientSource = () => Promise<QueryClient>;

/**
 * Home and login need no query client: it, and TanStack Query with it, load with the first
 * page that does. Whatever it holds belongs to one user and goes when the session does.
 */
export function lazyQueryClient(create: () => Promise<QueryClient>): QueryClientSource {
  let client: Promise<QueryClient> | undefined;
  return () =>
    (client ??= create().then(
      (queryClient) => {
        onSessionReset(() => {
          queryClient.cancelQueries().catch(() => undefined);
          queryClient.clear();
        });
        return queryClient;
      },
      (error: unknown) => {
        // A failed download is tried again at the next navigation.
        client = undefined;
        throw error;
      },
    ));
}
