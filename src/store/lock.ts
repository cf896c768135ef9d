import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

/** An embedded store may be open in one process at a time: PGlite would corrupt a shared folder. */
export class StoreLockedError extends Error {
  constructor(readonly dataDir: string, readonly pid: number) {
    super(
      `the store in ${dataDir} is in use by another imon process (pid ${pid}); ` +
        'stop it, or give this command its own --data folder, or use a PostgreSQL server with --db',
    );
    this.name = 'StoreLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes `<dataDir>/imon.lock` (O_EXCL). A lock left by a dead process (a crash, kill -9) is
 * taken over; one held by a live process is an error. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'imon.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      } catch {
        // Vanished between open and read: try again.
      }
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new StoreLockedError(dataDir, holder);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}: the lock file keeps reappearing`);
}
