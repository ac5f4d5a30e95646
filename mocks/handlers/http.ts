import { accountHandlers } from './account';
import { contactHandlers } from './contact';
import { disputesHandlers } from './disputes';
import { disputesSummaryHandlers } from './disputes-summary';
import { recoveryHandlers } from './recovery';
import { sessionHandlers } from './session';
import { signupHandlers } from './signup';

/** The REST API: what the browser's server worker answers, and MSW in Node. */
export const httpHandlers = [
  ...contactHandlers,
  ...sessionHandlers,
  ...recoveryHandlers,
  ...accountHandlers,
  ...disputesSummaryHandlers,
  // After the summary: `/litiges/:numero` would also match `/litiges/synthese`.
  ...disputesHandlers,
  ...signupHandlers,
];
