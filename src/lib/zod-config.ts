// zod compiles a fast parser per object shape with `new Function` unless told not to. Without it,
// a strict Content-Security-Policy (no 'unsafe-eval') holds, and a screen's first parse compiles
// nothing. zod keeps its settings in this global, shared by every copy of zod and read when a
// schema is created: setting it here, before any schema, keeps zod itself out of the start-up
// bundle (importing zod's `config` brought 5 kB of it into every page).
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig ??= {};
globalThis.__zod_globalConfig.jitless = true;
