import { EtablissementForm } from '../components/etablissement-form';
import { SignupPage } from '../components/signup-page';

// A reload's stored draft is read before the step shows.
export { prepareSignupDraft as prepare } from '../draft';

export default function SignupEtablissementRoute() {
  return (
    <SignupPage step="etablissement">
      <EtablissementForm />
    </SignupPage>
  );
}
