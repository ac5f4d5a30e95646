import { chatHandlers } from './chat';
import { httpHandlers } from './http';

/** Node (vitest): MSW answers the API and the chat socket in the test's own process. */
export const handlers = [...httpHandlers, ...chatHandlers];
