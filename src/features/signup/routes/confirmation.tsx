import '../signup.css';
import { useTranslation } from '@/lib/use-translation';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { SignupConfirmation } from '../components/confirmation';

export default function SignupConfirmationRoute() {
  const { t } = useTranslation('signup');
  useDocumentTitle(t('confirmation.title'));
  return (
    <div className="page page--narrow signup">
      <PageHeading>{t('confirmation.title')}</PageHeading>
      <SignupConfirmation />
    </div>
  );
}
