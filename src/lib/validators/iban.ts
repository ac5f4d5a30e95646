export type FrenchIbanError = 'required' | 'country' | 'characters' | 'length' | 'checksum';

export const FRENCH_IBAN_LENGTH = 27;

export function normalizeIban(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** ISO 13616 / ISO 7064 mod 97-10: the rearranged IBAN, letters as 10–35, must leave 1. */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = Number.parseInt(char, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban) && ibanRemainder(iban) === 1;
}

/** Groups of 4 characters, as printed on a RIB: "FR76 3000 4008 2000 0123 4560 104". */
export function formatIban(value: string): string {
  return normalizeIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

export function getFrenchIbanError(value: string): FrenchIbanError | null {
  const iban = normalizeIban(value);
  if (iban === '') return 'required';
  if (!iban.startsWith('FR')) return 'country';
  if (/[^A-Z0-9]/.test(iban)) return 'characters';
  if (iban.length !== FRENCH_IBAN_LENGTH) return 'length';
  // Key, bank and branch codes are digits; only the account number may hold letters.
  if (!/^FR[0-9]{12}[A-Z0-9]{11}[0-9]{2}$/.test(iban) || !isValidIban(iban)) return 'checksum';
  return null;
}

export function isValidFrenchIban(value: string): boolean {
  return getFrenchIbanError(value) === null;
}
