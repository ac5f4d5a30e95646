/** Where the app calls the API: what the mock backend answers, in the page and in the worker. */
export const API_BASE = import.meta.env.VITE_API_BASE_URL || '/api';
