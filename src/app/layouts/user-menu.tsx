import { useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { logOut } from '@/features/auth/api/logout';
import { useSession } from '@/features/auth/api/session-store';
import { loginPath } from '@/lib/paths';

export function UserMenu() {
  const { t } = useTranslation('common');
  const { data } = useSession();
  const [leaving, setLeaving] = useState(false);
  // A ref, not the state: a second click dispatched before the re-render must not log out twice.
  const started = useRef(false);
  const navigate = useNavigate();
  const user = data?.user;
  if (!user) return null;
  return (
    <div className="header__user">
      <span className="header__establishment">{user.etablissement.raisonSociale}</span>
      <Button
        variant="secondary"
        pending={leaving}
        onClick={() => {
          if (started.current) return;
          started.current = true;
          setLeaving(true);
          void logOut().then(() => {
            started.current = false;
            setLeaving(false);
            // Pushed, not replaced: Back then reaches the protected page, whose guard refuses it.
            void navigate(loginPath({ reason: 'deconnexion' }));
          });
        }}
      >
        {t('actions.logout')}
      </Button>
    </div>
  );
}
