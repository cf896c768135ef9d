/** A file that cannot become a source, with the reason in words a user can act on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Files bigger than this are refused rather than risk the process's memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
