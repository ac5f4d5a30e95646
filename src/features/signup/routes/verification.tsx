import { SignupReview } from '../components/review';
import { SignupPage } from '../components/signup-page';

export default function SignupReviewRoute() {
  return (
    <SignupPage step="review">
      <SignupReview />
    </SignupPage>
  );
}
