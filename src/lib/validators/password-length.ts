/** The longest password anyone may set or send: nothing longer can be a real credential. */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * A password's length as the user sees it, the one measure for signup, login and the API: an
 * emoji counts once, not as its two UTF-16 units.
 */
export function passwordLength(value: string): number {
  return [...value].length;
}
