import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ReportFile } from '../../../report/report.ts';
import { resolvePartyArg } from '../../../monitor/resolve-party.ts';
import type { RouteModule } from '../../context.ts';
import { badRequest, HttpError, notFound } from '../../errors.ts';
import { ErrorBody, errorResponses } from '../../schemas.ts';
import { ReportQuery } from './schema.ts';

/**
 * The briefing page may style itself (inline CSS and the charts' SVG attributes) and nothing more:
 * no script, no network. The API's default policy (default-src 'none') would leave it unstyled.
 */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/** Sends the file's bytes: a page to show (html) or a download (pdf). */
function sendReport(reply: FastifyReply, file: ReportFile, format: 'html' | 'pdf') {
  return reply
    .type(file.contentType)
    .header('content-disposition', `${format === 'pdf' ? 'attachment' : 'inline'}; filename="${file.filename}"`)
    .send(file.bytes);
}

/** GET /api/report: a dated briefing on a party's cooperation, as an HTML page or a PDF download. */
export const reportRoutes: RouteModule = (app, { db }) => {
  app.get('/report', {
    schema: {
      tags: ['monitor'],
      summary: 'A briefing on the cooperation of a party (optionally with one partner), every statement footnoted to its sources',
      description: 'Documents and plans with status, events, projects, trade with targets (charts), counts, coverage and gaps. '
        + 'format=html answers the page; format=pdf a download printed by headless Chromium (503 when the server has none).',
      querystring: ReportQuery,
      response: {
        200: {
          description: 'the briefing',
          content: { 'text/html': { schema: z.string() }, 'application/pdf': { schema: z.string().describe('the PDF file') } },
        },
        ...errorResponses(400, 404),
        503: ErrorBody,
      },
    },
    // Route hooks run after the app's, so this replaces the API's default policy for the page.
    onSend: async (_request, reply, payload) => {
      if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('content-security-policy', REPORT_CSP);
      return payload;
    },
  }, async (request, reply) => {
    const { party, with: partnerText, from, format, lang, date } = request.query;
    const resolveParty = async (param: string, text: string) => {
      const found = await resolvePartyArg(db, text);
      if (!found) throw notFound(`querystring ${param}: no party matches "${text}" (GET /api/parties?q= finds ids)`);
      return found;
    };
    const subject = await resolveParty('party', party);
    const partner = partnerText ? await resolveParty('with', partnerText) : null;
    if (partner?.id === subject.id) throw badRequest(`querystring with: names the same party as party (${subject.name})`);

    // Loaded on first use: ECharts and the renderer are heavy and most API calls never need them.
    const [{ buildBriefing }, { renderReport }, { BrowserMissingError }] = await Promise.all([
      import('../../../report/briefing.ts'), import('../../../report/report.ts'), import('../../../report/render-pdf.ts'),
    ]);
    const briefing = await buildBriefing(db, {
      partyId: subject.id, partnerId: partner?.id ?? null, from: from ?? null, asOf: date ? new Date(`${date}T12:00:00Z`) : undefined,
    });
    let file;
    try {
      file = await renderReport(briefing, { format, lang });
    } catch (error) {
      if (error instanceof BrowserMissingError) throw new HttpError(503, error.message);
      throw error;
    }
    return sendReport(reply, file, format);
  });
};
