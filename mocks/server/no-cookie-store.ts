/**
 * Stands in for MSW's cookie store in the browser builds. The mock API keeps its session on the
 * server, never in cookies, and MSW's store brings tough-cookie and the public-suffix list
 * (≈ 270 kB of script) into the page and the worker, and needs `localStorage`, which workers lack.
 */
export const cookieStore = {
  getCookies: (): [] => [],
  setCookie: async (): Promise<void> => undefined,
};
