import { GestionFinanciereForm } from '../components/gestion-financiere-form';
import { SignupPage } from '../components/signup-page';

// A reload's stored draft is read before the step shows.
export { prepareSignupDraft as prepare } from '../draft';

export default function SignupGestionFinanciereRoute() {
  return (
    <SignupPage step="gestionFinanciere">
      <GestionFinanciereForm />
    </SignupPage>
  );
}
