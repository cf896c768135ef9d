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

/** The errno code of an fs error (ENOENT...), if it has one. */
export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code;
}

/** An fs error in words a user can act on. */
export function reasonOf(error: unknown): string {
  switch (errnoOf(error)) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a path component is not a folder';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
