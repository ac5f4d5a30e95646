import type { AccountLanguage } from '../records';

/**
 * The language a request asks for: the app sends its own (`Accept-Language: en`); anything
 * else, or nothing, means French, the space's first language.
 */
export function requestLanguage(request: Request): AccountLanguage {
  const first = request.headers.get('Accept-Language')?.split(',')[0]?.trim().toLowerCase();
  return first?.startsWith('en') ? 'en' : 'fr';
}
