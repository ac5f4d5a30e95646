import { HttpResponse } from 'msw';
import { endpoint } from '../http';
import { supportAvailability } from '../lib/support-availability';

export const contactHandlers = [
  // Public: the contact page shows the hours to visitors who are not logged in.
  endpoint('get', '/contact/disponibilite', {}, () => HttpResponse.json(supportAvailability())),
];
