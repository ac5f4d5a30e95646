// The entry: the one stylesheet that declares the layer order, then the app. A prerendered page is
// on screen from its HTML and CSS alone: the app's code is fetched and run after that first paint,
// so its evaluation can never hold the page off screen. The empty shell has nothing to paint.
import './styles/index.css';
import { afterFirstPaint } from './lib/after-first-paint';
import { PRERENDERED_STATE_ID } from './lib/prerendered-state';
import { storedLanguage } from './lib/stored-language';
import { yieldToMain } from './lib/yield-to-main';

const painted = Promise.resolve(
  document.getElementById(PRERENDERED_STATE_ID) ? afterFirstPaint() : undefined,
);
// Each step below is a task of its own, so none is long: React DOM's evaluation, then the app's.
// The first import also preloads the start (see the preload plugin).
const reactDom = painted.then(() => import('react-dom/client'));
// The first access to the browser's storage is slow (a few milliseconds, up to ten): it runs
// alone, while React DOM is on its way.
const language = painted.then(yieldToMain).then(storedLanguage);
void reactDom
  .then(yieldToMain)
  .then(() => import('./boot'))
  .then(async ({ start }) => start(await language));
