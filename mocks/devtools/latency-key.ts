/** Where the browser keeps the latency chosen in the dev toolbar (milliseconds). */
export const LATENCY_KEY = 'espace-commercant:latence';
