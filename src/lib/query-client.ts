import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retry a flaky network or server once; a 4xx will answer the same again.
        retry: (failureCount, error) =>
          options.retry !== false &&
          failureCount < 1 &&
          !(isApiError(error) && error.status >= 400 && error.status < 500),
        staleTime: 30_000,
        refetchOnWindowFocus: options.retry !== false,
      },
      mutations: { retry: false },
    },
  });
}
