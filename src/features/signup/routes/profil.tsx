import { ProfilForm } from '../components/profil-form';
import { SignupPage } from '../components/signup-page';

// A reload's stored draft is read before the step shows.
export { prepareSignupDraft as prepare } from '../draft';

export default function SignupProfilRoute() {
  return (
    <SignupPage step="profil">
      <ProfilForm />
    </SignupPage>
  );
}
