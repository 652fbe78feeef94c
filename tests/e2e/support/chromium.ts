// Finds the Chromium the real-browser tests drive. Never skips: without a browser the run fails
// with a message that says how to get one.
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
  }
  return path;
}
