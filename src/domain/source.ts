import { z } from 'zod';

export const Language = z.enum(['en', 'ru', 'other']);
export type Language = z.infer<typeof Language>;

export const SourceFormat = z.enum(['txt', 'md', 'html', 'rss', 'atom', 'jsonl']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** One text: an article, a report, a part of a book. Its id is the hash of its normalized body. */
export const Source = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'sha-256 hex of the normalized body'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  /** Publication date as far as known: "2021", "2021-05", "2021-05-14". */
  published: z.string().nullable(),
  lang: Language,
  format: SourceFormat,
  body: z.string(),
});
export type Source = z.infer<typeof Source>;
