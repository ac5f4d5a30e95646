import { useCallback, useState } from 'react';

const STORAGE_KEY = 'espace-commercant:rappel-activation-masque';

/**
 * « Plus tard » lasts for one session. The anti-CSRF token is renewed at every login, so a
 * fingerprint of it tells this session from the next one without storing the token itself.
 */
function sessionFingerprint(csrfToken: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < csrfToken.length; index += 1) {
    hash = Math.imul(hash ^ csrfToken.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function isDismissed(csrfToken: string): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === sessionFingerprint(csrfToken);
  } catch {
    return false;
  }
}

export function useActivationPromptDismissal(csrfToken: string) {
  const [dismissed, setDismissed] = useState(() => isDismissed(csrfToken));
  const dismiss = useCallback(() => {
    setDismissed(true);
    try {
      sessionStorage.setItem(STORAGE_KEY, sessionFingerprint(csrfToken));
    } catch {
      // Storage refused (private mode): hidden until the page is reloaded, which is enough.
    }
  }, [csrfToken]);
  return { dismissed, dismiss };
}
