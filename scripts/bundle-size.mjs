// The bundle budget, a size checked in CI: gzip JavaScript the production build loads for
// /connexion. `npm run bench` prints every route.
import { budgets, routeJavaScript, routes } from './route-javascript.mjs';

const LOGIN_BUDGET_BYTES = budgets['/connexion'];

const { scripts, total } = routeJavaScript(process.argv[2] ?? 'dist', routes['/connexion']);
console.table(scripts.map(({ file, bytes }) => ({ file, 'gzip (kB)': (bytes / 1000).toFixed(1) })));
console.log(
  `JavaScript loaded for /connexion: ${(total / 1000).toFixed(1)} kB gzip (budget ${LOGIN_BUDGET_BYTES / 1000} kB)`,
);
if (total > LOGIN_BUDGET_BYTES) {
  console.error('Over the bundle budget.');
  process.exit(1);
}
