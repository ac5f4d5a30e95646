import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { DeadLink } from '../api/check-reset-link';

/** Why the link does not work (or is missing), and the way to a new one. */
export function DeadLinkNotice({ reason }: { reason: DeadLink | 'missing' }) {
  const { t } = useTranslation('recovery');
  return (
    <div className="sent">
      <p>{t(`deadLink.${reason}Text`)}</p>
      <p className="actions">
        <Link className="button button--primary" to={paths.passwordForgotten}>
          {t('links.newLink')}
        </Link>
        <Link className="button button--secondary" to={paths.login}>
          {t('links.login')}
        </Link>
      </p>
    </div>
  );
}
