import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Outlet } from 'react-router';

/** The pages below read the API through this client; the router loads it with the first of them. */
export function queryLayout(client: QueryClient) {
  return function QueryLayout() {
    return (
      <QueryClientProvider client={client}>
        <Outlet />
      </QueryClientProvider>
    );
  };
}
