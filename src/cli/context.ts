import type { Store } from '../store/open.ts';

/** Options every command takes: where the store is. */
export interface GlobalOptions {
  data?: string;
  db?: string;
}

/** A failure the user can act on: printed as `imon: message`, exit code 1. */
export class CliError extends Error {
  /** quiet: the details were printed already; only the exit code remains to give. */
  constructor(message: string, readonly exitCode = 1, readonly quiet = false) {
    super(message);
    this.name = 'CliError';
  }
}

/** A wrong invocation: exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** Opens the store the global options point at, runs `work`, and always closes it. */
export async function withStore<T>(options: GlobalOptions, work: (store: Store) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: commands without a store (extract, --help) skip Drizzle's schema.
  const { openStore, storeLocation } = await import('../store/open.ts');
  const store = await openStore(storeLocation(options));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Command output goes through here so tests can capture it. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
