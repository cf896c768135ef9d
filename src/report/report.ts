/**
 * A briefing as a file: gathered from the store, rendered as HTML, printed to PDF when asked.
 * The CLI (`imon report`) and the API (`GET /api/report`) both go through here.
 */
import type { Database } from '../store/open.ts';
import { buildBriefing, type Briefing, type BriefingRequest } from './briefing.ts';
import type { Lang } from './messages.ts';
import { messagesFor } from './messages.ts';
import { briefingTitle, renderBriefingHtml } from './render-html.ts';
import { renderPdf } from './render-pdf.ts';

export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFile {
  briefing: Briefing;
  bytes: Buffer;
  contentType: string;
  /** A file name that says what it is: briefing-belarus-uzbekistan-2026-11-29.pdf. */
  filename: string;
}

const slug = (text: string) => text.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, '-');

export function reportFilename(briefing: Briefing, format: ReportFormat): string {
  const sides = [briefing.party, briefing.partner].filter((p) => p != null).map((p) => slug(p.name) || slug(p.id)).join('-');
  return `briefing-${sides || 'party'}-${briefing.asOf}.${format}`;
}

/** Renders a briefing already built. */
export async function renderReport(briefing: Briefing, options: { format: ReportFormat; lang: Lang }): Promise<ReportFile> {
  const html = renderBriefingHtml(briefing, { lang: options.lang });
  const filename = reportFilename(briefing, options.format);
  if (options.format === 'html') return { briefing, bytes: Buffer.from(html, 'utf8'), contentType: 'text/html; charset=utf-8', filename };
  const m = messagesFor(options.lang);
  const bytes = await renderPdf(html, { header: briefingTitle(briefing, options.lang), pageLabel: m.page, ofLabel: m.of });
  return { briefing, bytes, contentType: 'application/pdf', filename };
}

/** Gathers, assembles and renders a briefing. */
export async function briefingReport(db: Database, request: BriefingRequest & { format: ReportFormat; lang: Lang }): Promise<ReportFile> {
  return renderReport(await buildBriefing(db, request), request);
}
