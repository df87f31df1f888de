import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); the tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a message, except under CI=true,
 * where a missing browser must fail the run rather than pass it silently.
 */
export function chromiumAvailability(): { available: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { available: true, reason: '' };
  const reason = `${CHROMIUM_PATH} not found (install it with: apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`browser tests need Chromium under CI=true: ${reason}`);
  console.warn(`\n[sextant ui tests] ${reason}; the browser tests are SKIPPED.\n`);
  return { available: false, reason };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
