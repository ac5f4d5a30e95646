import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';

/** What a route says of what it could not find: an i18n key with its values, and where to go. */
export interface NotFoundContent {
  title: string;
  text: [key: string, values?: Record<string, string>];
  link: { to: string; label: string };
}

/** « Page introuvable »: an unknown address, or a route's unknown item (a case number). */
export function NotFound({ content }: { content?: NotFoundContent | undefined }) {
  const { t } = useTranslation('common');
  const title = t(content?.title ?? 'notFound.title');
  useDocumentTitle(title);
  const [key, values] = content?.text ?? ['common:notFound.text'];
  return (
    <div className="page page--narrow">
      <PageHeading>{title}</PageHeading>
      <p>{t(key, values)}</p>
      <Link className="button button--primary" to={content?.link.to ?? paths.home}>
        {t(content?.link.label ?? 'notFound.home')}
      </Link>
    </div>
  );
}
