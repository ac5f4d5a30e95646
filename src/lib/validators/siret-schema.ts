import { fieldSchema } from './field-schema';
import { getSiretError, normalizeSiret, type SiretError } from './siret';

/** The signup field: a SIRET, parsed to its 14 digits. */
export const siretSchema = fieldSchema<SiretError>({
  requiredKey: 'validation:siret.required',
  normalize: normalizeSiret,
  getError: getSiretError,
  messageKey: (code) => `validation:siret.${code}`,
});
