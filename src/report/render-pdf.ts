/**
 * HTML to PDF through headless Chromium's print (Debian's chromium driven by playwright-core):
 * A4, backgrounds printed, a running header with the title and a footer with page numbers. The
 * page gets no network: every request it would make is refused.
 */
import { existsSync } from 'node:fs';
import { chromiumPath, launchChromium } from '../browser/chromium.ts';
import { escapeHtml } from './html.ts';

/** There is no browser to print with: says where it was looked for and what to do. */
export class BrowserMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserMissingError';
  }
}

export interface PdfOptions {
  /** Shown at the top of every page ("Briefing: Belarus – Uzbekistan, 29 November 2026"). */
  header: string;
  /** "Page" and "of" in the reader's language. */
  pageLabel: string;
  ofLabel: string;
}

/** Prints a self-contained HTML document to PDF bytes. */
export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new BrowserMissingError(`PDF needs Chromium, and there is none at ${executablePath} (apt-get install chromium, or set IMON_CHROMIUM); --format html works without it`);
  }
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const small = 'font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #5b6470; width: 100%; margin: 0 18mm;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style='${small} display: flex; justify-content: space-between; border-bottom: 0.5pt solid #d5d9e0; padding-bottom: 1mm;'>`
        + `<span>${escapeHtml(options.header)}</span><span>Integration Monitor</span></div>`,
      footerTemplate: `<div style='${small} text-align: center;'>${escapeHtml(options.pageLabel)} <span class="pageNumber"></span> ${escapeHtml(options.ofLabel)} <span class="totalPages"></span></div>`,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
