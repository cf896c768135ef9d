/**
 * The extraction a worker thread does: one resolver per thread (built on first use), then
 * extractFacts on each text it is sent. Also used in-process when there is one worker.
 */
import type { Fact } from '../domain/fact.ts';
import { createGazetteerResolver, type Resolver } from '../gazetteer/resolver.ts';
import { extractFacts } from '../extract/pipeline.ts';

export interface ExtractionJob {
  doc: string;
  body: string;
  title: string | null;
  date: string | null;
  lang: 'auto' | 'en' | 'ru';
}

let resolver: Promise<Resolver> | null = null;

export default async function extractJob(job: ExtractionJob): Promise<Fact[]> {
  resolver ??= createGazetteerResolver();
  return extractFacts(job.body, await resolver, {
    doc: job.doc, isBody: true, lang: job.lang, date: job.date ?? undefined, title: job.title,
  });
}
