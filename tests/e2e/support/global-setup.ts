// Builds the extension once before the real-browser tests, so they always test the current code.
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './chromium';

export default function setup() {
  chromiumPath();
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}
