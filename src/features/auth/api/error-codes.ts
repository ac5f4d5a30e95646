export const LOGIN_ERROR_CODES = {
  invalidCredentials: 'IDENTIFIANTS_INVALIDES',
  locked: 'CONNEXION_BLOQUEE',
} as const;
