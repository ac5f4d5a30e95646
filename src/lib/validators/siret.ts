import { isLuhnValid } from './luhn';

export type SiretError = 'required' | 'length' | 'checksum';

const LA_POSTE_SIREN = '356000000';

export function normalizeSiret(value: string): string {
  return value.replace(/\s/g, '');
}

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

export function isValidSiret(value: string): boolean {
  const siret = normalizeSiret(value);
  if (!/^[0-9]{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    // La Poste's establishments share one SIREN and use a digit-sum rule; its head office
    // (356 000 000 00048) keeps a regular Luhn key, so both are accepted.
    return digitSum(siret) % 5 === 0 || isLuhnValid(siret);
  }
  return isLuhnValid(siret);
}

/** "73282932000074" → "732 829 320 00074"; anything that is not 14 digits comes back unchanged. */
export function formatSiret(value: string): string {
  const siret = normalizeSiret(value);
  if (!/^[0-9]{14}$/.test(siret)) return value;
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;
}

export function getSiretError(value: string): SiretError | null {
  const siret = normalizeSiret(value);
  if (siret === '') return 'required';
  if (!/^[0-9]{14}$/.test(siret)) return 'length';
  return isValidSiret(siret) ? null : 'checksum';
}
