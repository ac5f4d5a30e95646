/** Limits shared by the login form and the API: nothing longer can be a real credential. */
export const IDENTIFIANT_MAX_LENGTH = 32;
export { PASSWORD_MAX_LENGTH, passwordLength } from '@/lib/validators/password-length';
