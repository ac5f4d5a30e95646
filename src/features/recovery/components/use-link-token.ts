import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useNoReferrer } from '@/lib/use-no-referrer';

const TOKEN_PARAM = 'jeton';

/**
 * The e-mailed link's token, read once from the address, which then forgets it (replaced, not
 * pushed): it stays in no history entry, no bookmark, no Referer. It lives in this page's memory
 * only; after a reload the page asks for the link again. `null` when the page had none.
 */
export function useLinkToken(): string | null {
  useNoReferrer();
  const [searchParams, setSearchParams] = useSearchParams();
  const [token] = useState(() => searchParams.get(TOKEN_PARAM));
  useEffect(() => {
    if (!searchParams.has(TOKEN_PARAM)) return;
    const rest = new URLSearchParams(searchParams);
    rest.delete(TOKEN_PARAM);
    void setSearchParams(rest, { replace: true, preventScrollReset: true });
  }, [searchParams, setSearchParams]);
  return token;
}
