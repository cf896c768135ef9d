import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { exportFacts, exportRecords, exportTrade } from '../../../store/queries/export.ts';
import type { RouteModule } from '../../context.ts';
import { csvLines, type CsvColumn } from '../../csv.ts';
import { checkPartiesKnown } from '../../filters.ts';
import { checkDateRange } from '../../params.ts';
import { errorResponses } from '../../schemas.ts';
import { factColumns, recordColumns, tradeColumns } from './columns.ts';
import { FactsExportQuery, RecordsExportQuery, TradeExportQuery } from './schema.ts';

const CONTENT_TYPE = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' } as const;
type Format = keyof typeof CONTENT_TYPE;

async function* jsonLines(rows: AsyncIterable<unknown>): AsyncGenerator<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}

/** Streams rows as CSV or JSON Lines, read from the store in batches as the client takes them. */
function sendRows<T>(reply: FastifyReply, name: string, format: Format, rows: AsyncIterable<T>, columns: CsvColumn<T>[]) {
  const lines = format === 'csv' ? csvLines(columns, rows) : jsonLines(rows);
  return reply
    .type(CONTENT_TYPE[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(Readable.from(lines));
}

const fileResponse = (format: Format) => ({
  200: { description: `the rows as ${format === 'csv' ? 'CSV (RFC 4180, header line)' : 'JSON Lines'}`, content: { [CONTENT_TYPE[format].split(';')[0]]: { schema: z.string() } } },
  ...errorResponses(400),
});

/** GET /api/export/{records|facts|trade}.{csv|jsonl}: the whole filtered list as a file. */
export const exportRoutes: RouteModule = (app, { db }) => {
  for (const format of ['csv', 'jsonl'] as const) {
    app.get(`/export/records.${format}`, {
      schema: { tags: ['export'], summary: `Records as ${format}`, querystring: RecordsExportQuery, response: fileResponse(format) },
    }, async (request, reply) => {
      const { type, party, from, to } = request.query;
      checkDateRange(from, to);
      await checkPartiesKnown(db, party);
      return sendRows(reply, 'records', format, exportRecords(db, { type, parties: party, from, to }), recordColumns);
    });

    app.get(`/export/facts.${format}`, {
      schema: { tags: ['export'], summary: `Facts with their evidence as ${format}`, querystring: FactsExportQuery, response: fileResponse(format) },
    }, async (request, reply) => {
      const { type, review, party, from, to } = request.query;
      checkDateRange(from, to);
      await checkPartiesKnown(db, party);
      return sendRows(reply, 'facts', format, exportFacts(db, { type, review, parties: party, from, to }), factColumns);
    });

    app.get(`/export/trade.${format}`, {
      schema: { tags: ['export'], summary: `Trade observations with their evidence as ${format}`, querystring: TradeExportQuery, response: fileResponse(format) },
    }, async (request, reply) => {
      const { indicator, party, from, to } = request.query;
      checkDateRange(from, to);
      await checkPartiesKnown(db, party);
      return sendRows(reply, 'trade', format, exportTrade(db, { indicator, parties: party, from, to }), tradeColumns);
    });
  }
};
