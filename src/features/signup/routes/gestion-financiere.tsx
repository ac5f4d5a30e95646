import { GestionFinanciereForm } from '../components/gestion-financiere-form';
import { SignupPage } from '../components/signup-page';

export default function SignupGestionFinanciereRoute() {
  return (
    <SignupPage step="gestionFinanciere">
      <GestionFinanciereForm />
    </SignupPage>
  );
}
