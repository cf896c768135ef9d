/**
 * Debian's Chromium driven by playwright-core, the way this project runs it (PDF briefings, the
 * end-to-end tests): headless, no sandbox (containers run as root), no GPU, no background
 * traffic (the network is closed). One place for where the browser is and how it starts.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** The browser: $IMON_CHROMIUM, else Debian's chromium. */
export const chromiumPath = (): string => process.env.IMON_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Why Chromium cannot run here, or null when it can. */
export async function browserMissing(): Promise<string | null> {
  if (!existsSync(chromiumPath())) return `no Chromium at ${chromiumPath()} (apt-get install -y chromium, or set IMON_CHROMIUM)`;
  try {
    await import('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm install)';
  }
  return null;
}

/** Starts a headless Chromium on a new empty profile. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
