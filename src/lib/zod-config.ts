import { config } from 'zod/v4/core';

// zod compiles a fast parser per object shape with `new Function` unless told not to. Without it,
// a strict Content-Security-Policy (no 'unsafe-eval') holds, and a screen's first parse compiles
// nothing. zod reads this when a schema is created: import this module before any schema.
config({ jitless: true });
