export const routes: Record<string, string[]>;
export const budgets: Record<string, number>;
export function routeFiles(dist: string, entries: string[]): string[];
export function routeJavaScript(
  dist: string,
  entries: string[],
): { total: number; scripts: { file: string; bytes: number }[] };
