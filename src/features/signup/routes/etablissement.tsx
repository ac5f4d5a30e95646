import { EtablissementForm } from '../components/etablissement-form';
import { SignupPage } from '../components/signup-page';

export default function SignupEtablissementRoute() {
  return (
    <SignupPage step="etablissement">
      <EtablissementForm />
    </SignupPage>
  );
}
