import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROME_PATH names; browsers cannot be downloaded here. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROME_PATH.",
    );
  }
  return found;
}

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
