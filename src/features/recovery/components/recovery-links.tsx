import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

type Destination = 'login' | 'password' | 'identifiant';

const targets: Record<Destination, { to: string; label: string }> = {
  login: { to: paths.login, label: 'recovery:links.backToLogin' },
  password: { to: paths.passwordForgotten, label: 'auth:login.forgotPassword' },
  identifiant: { to: paths.identifiantForgotten, label: 'auth:login.forgotIdentifiant' },
};

/** The other ways back in, under each recovery page. */
export function RecoveryLinks({ show }: { show: readonly Destination[] }) {
  const { t } = useTranslation();
  return (
    <ul className="page__aside link-list">
      {show.map((destination) => (
        <li key={destination}>
          <Link to={targets[destination].to}>{t(targets[destination].label)}</Link>
        </li>
      ))}
    </ul>
  );
}
