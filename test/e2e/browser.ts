/**
 * Debian's Chromium driven by playwright-core, the way this machine runs it: headless, no sandbox
 * (tests run as root), no GPU, no background traffic (the network is closed). Playwright starts
 * the browser on a new empty profile folder of its own each time.
 */
import type { Browser, Page } from 'playwright-core';
import { browserMissing, launchChromium } from '../../src/browser/chromium.ts';

export { browserMissing };

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface TestPage {
  page: Page;
  /** Console errors and uncaught exceptions so far, less those a test said to expect. */
  errors(): string[];
  /** Messages matching this are expected (a 401 the test provokes on purpose, say). */
  expectError(pattern: RegExp): void;
  close(): Promise<void>;
}

/** A page in a context of its own (own storage, English, a desktop-sized window). */
export async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const seen: string[] = [];
  const expected: RegExp[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(1, 14).join('\n')}` : ''}`));
  return {
    page,
    errors: () => seen.filter((e) => !expected.some((p) => p.test(e))),
    expectError: (pattern) => expected.push(pattern),
    close: () => context.close(),
  };
}
