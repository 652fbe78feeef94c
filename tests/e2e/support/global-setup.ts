// Builds the extension for both browsers once before the real-browser tests, so they always test
// the current code.
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './chromium';
import { firefoxPath } from './firefox';

export default function setup() {
  chromiumPath();
  firefoxPath();
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}
