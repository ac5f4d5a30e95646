import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';

export default function HomeRoute() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('title'));
  return (
    <div className="page">
      <PageHeading>{t('heading')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <div className="cards">
        <section className="card" aria-labelledby="home-login">
          <h2 id="home-login">{t('login.title')}</h2>
          <p>{t('login.text')}</p>
          <Link className="button button--primary" to={paths.login}>
            {t('login.action')}
          </Link>
        </section>
        <section className="card" aria-labelledby="home-signup">
          <h2 id="home-signup">{t('signup.title')}</h2>
          <p>{t('signup.text')}</p>
          <Link className="button button--secondary" to={paths.signup}>
            {t('signup.action')}
          </Link>
        </section>
      </div>
      <section className="notice" aria-labelledby="home-disputes">
        <h2 id="home-disputes">{t('disputes.title')}</h2>
        <p>{t('disputes.text')}</p>
      </section>
    </div>
  );
}
