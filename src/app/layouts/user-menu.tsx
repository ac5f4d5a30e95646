import { useTranslation } from '@/lib/use-translation';
import { useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { useSession } from '@/features/auth/api/get-session';
import { useLogout } from '@/features/auth/api/logout';
import { loginPath } from '@/lib/paths';

export function UserMenu() {
  const { t } = useTranslation('common');
  const { data } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const user = data?.user;
  if (!user) return null;
  return (
    <div className="header__user">
      <span className="header__establishment">{user.etablissement.raisonSociale}</span>
      <Button
        variant="secondary"
        pending={logout.isPending}
        onClick={() => {
          if (logout.isPending) return;
          logout.mutate(undefined, {
            // Pushed, not replaced: Back then reaches the protected page, whose guard refuses it.
            onSettled: () => void navigate(loginPath({ reason: 'deconnexion' })),
          });
        }}
      >
        {t('actions.logout')}
      </Button>
    </div>
  );
}
