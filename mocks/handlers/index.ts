import { accountHandlers } from './account';
import { chatHandlers } from './chat';
import { contactHandlers } from './contact';
import { disputesHandlers } from './disputes';
import { disputesSummaryHandlers } from './disputes-summary';
import { sessionHandlers } from './session';
import { signupHandlers } from './signup';

export const handlers = [
  ...contactHandlers,
  ...chatHandlers,
  ...sessionHandlers,
  ...accountHandlers,
  ...disputesSummaryHandlers,
  // After the summary: `/litiges/:numero` would also match `/litiges/synthese`.
  ...disputesHandlers,
  ...signupHandlers,
];
