import { ProfilForm } from '../components/profil-form';
import { SignupPage } from '../components/signup-page';

export default function SignupProfilRoute() {
  return (
    <SignupPage step="profil">
      <ProfilForm />
    </SignupPage>
  );
}
