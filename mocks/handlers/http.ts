import { accountHandlers } from './account';
import { contactHandlers } from './contact';
import { disputesHandlers } from './disputes';
import { disputesStatisticsHandlers } from './disputes-statistics';
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
  ...disputesStatisticsHandlers,
  // After the summary and the statistics: `/litiges/:numero` would also match them.
  ...disputesHandlers,
  ...signupHandlers,
];
