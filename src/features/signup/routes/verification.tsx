import { SignupReview } from '../components/review';
import { SignupPage } from '../components/signup-page';

// A reload's stored draft is read before the step shows.
export { prepareSignupDraft as prepare } from '../draft';

export default function SignupReviewRoute() {
  return (
    <SignupPage step="review">
      <SignupReview />
    </SignupPage>
  );
}
