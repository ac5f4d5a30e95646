import { sessionHandlers } from './session';

export const handlers = [...sessionHandlers];
