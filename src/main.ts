// The entry: the one stylesheet that declares the layer order, then the app. A prerendered page is
// on screen from its HTML and CSS alone: the app's code is fetched and run after that first paint,
// so its evaluation can never hold the page off screen. The empty shell has nothing to paint.
import './styles/index.css';
import { afterFirstPaint } from './lib/after-first-paint';
import { PRERENDERED_STATE_ID } from './lib/prerendered-state';
import { storedLanguage } from './lib/stored-language';
import { yieldToMain } from './lib/yield-to-main';

// Read now, before the first paint: the first access to storage is slow, and here it delays
// nothing the page waits for.
const language = storedLanguage();
const painted = document.getElementById(PRERENDERED_STATE_ID) ? afterFirstPaint() : undefined;
// React DOM is evaluated in a task of its own, then the app's modules in the next: two shorter
// tasks instead of one long one. The first import also preloads the start (see the preload plugin).
void Promise.resolve(painted)
  .then(() => import('react-dom/client'))
  .then(yieldToMain)
  .then(() => import('./boot'))
  .then(({ start }) => start(language));
