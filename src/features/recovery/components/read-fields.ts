/**
 * The named fields' text as typed in the platform form: these short forms need no form library,
 * their values are read at submit and checked by the request's contract (`zodCheck`).
 */
export function readFields(
  form: HTMLFormElement | null,
  names: readonly string[],
): Record<string, string> {
  const data = new FormData(form ?? undefined);
  return Object.fromEntries(
    names.map((name) => {
      const value = data.get(name);
      return [name, typeof value === 'string' ? value : ''];
    }),
  );
}
