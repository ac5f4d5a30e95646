// The entry: the one stylesheet that declares the layer order, then the app. A prerendered page is
// on screen from its HTML and CSS alone: the app's code is fetched and run after that first paint,
// so its evaluation can never hold the page off screen. The empty shell has nothing to paint.
import './styles/index.css';
import { afterFirstPaint } from './lib/after-first-paint';
import { PRERENDERED_STATE_ID } from './lib/prerendered-state';
import { storedLanguage } from './lib/stored-language';

// Read now, before the first paint: the first access to storage is slow, and here it delays
// nothing the page waits for.
const language = storedLanguage();
const painted = document.getElementById(PRERENDERED_STATE_ID) ? afterFirstPaint() : undefined;
void Promise.resolve(painted)
  .then(() => import('./boot'))
  .then(({ start }) => start(language));
