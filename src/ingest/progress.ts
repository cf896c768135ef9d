import cliProgress from 'cli-progress';
import type { IngestProgress, IngestSummary } from './ingest.ts';

const counts = (s: IngestSummary) => `${s.sources.new} new, ${s.sources.duplicate} duplicate, ${s.sources.failed} failed`;

/** On a terminal: a progress bar on stderr (files done/total, rate, ETA). */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest |{bar}| {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {counts}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  let done = 0;
  return {
    start(total) {
      started = performance.now();
      bar.start(total, 0, { rate: '0.0', counts: '' });
    },
    fileDone(_file, summary) {
      done++;
      const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
      bar.update(done, { rate: rate.toFixed(1), counts: counts(summary) });
    },
    stop: () => bar.stop(),
  };
}

/** Not a terminal: a plain line per file, or about once a second for long runs. */
export function lineProgress(write: (line: string) => void): IngestProgress {
  let total = 0;
  let done = 0;
  let lastLine = 0;
  return {
    start(n) {
      total = n;
      write(`ingest: ${n} files`);
    },
    fileDone(file, summary) {
      done++;
      const now = performance.now();
      if (total <= 200 || now - lastLine > 1000 || done === total) {
        lastLine = now;
        write(`ingest: ${done}/${total} ${file} (${counts(summary)})`);
      }
    },
    stop() {},
  };
}
