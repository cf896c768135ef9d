import { constants } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { SourceFormat } from '../../domain/source.ts';
import { errnoOf, reasonOf } from './errors.ts';
import type { InputFailure } from './types.ts';

/** What each readable extension is read as; feeds (.xml, .rss, .atom) say RSS or Atom inside. */
const EXTENSIONS: Record<string, SourceFormat | 'feed'> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.jsonl': 'jsonl',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The reader a file goes to, by extension; null when we do not read that kind of file. */
export function readerKindOf(file: string): SourceFormat | 'feed' | null {
  return EXTENSIONS[extname(file).toLowerCase()] ?? null;
}

export interface ExpandedInputs {
  /** Readable files in the order given; each folder's and glob's files sorted; no duplicates. */
  files: string[];
  errors: InputFailure[];
}

/**
 * Turns command-line paths into files: a file as named; a folder walked recursively (hidden
 * entries and node_modules skipped, unsupported files skipped silently); a glob expanded
 * with tinyglobby. A path that does not exist or cannot be read, or a file named
 * explicitly with an extension we do not read, becomes an error entry and the rest go on.
 */
export async function expandInputs(paths: string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const errors: InputFailure[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT' && isDynamicPattern(path)) {
        await expandGlob(path, add, errors);
        continue;
      }
      errors.push({ file: path, reason: reasonOf(error) });
      continue;
    }
    if (info.isDirectory()) {
      await walkFolder(path, add, errors);
    } else if (!info.isFile()) {
      errors.push({ file: path, reason: 'not a regular file' });
    } else if (!readerKindOf(path)) {
      errors.push({ file: path, reason: unsupportedReason(path) });
    } else {
      const problem = await unreadable(path);
      if (problem) errors.push({ file: path, reason: problem });
      else add(path);
    }
  }
  return { files, errors };
}

export function unsupportedReason(file: string): string {
  const ext = extname(file);
  return `unsupported file type${ext ? ` "${ext}"` : ''} (expected ${SUPPORTED_EXTENSIONS.join(' ')})`;
}

async function expandGlob(pattern: string, add: (f: string) => void, errors: InputFailure[]): Promise<void> {
  let matches: string[];
  try {
    // Results in the pattern's own style: absolute for an absolute pattern, else relative to the cwd.
    matches = await glob(pattern, { absolute: isAbsolute(pattern), onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  } catch (error) {
    errors.push({ file: pattern, reason: `bad pattern: ${(error as Error).message}` });
    return;
  }
  const supported = matches.filter((f) => readerKindOf(f)).sort(byPath);
  if (!supported.length) {
    errors.push({ file: pattern, reason: matches.length ? 'no supported files match' : 'no files match' });
    return;
  }
  for (const f of supported) {
    const problem = await unreadable(f);
    if (problem) errors.push({ file: f, reason: problem });
    else add(f);
  }
}

/** Recursive and iterative; symlinked folders followed once (a link loop ends). */
async function walkFolder(root: string, add: (f: string) => void, errors: InputFailure[]): Promise<void> {
  const found: string[] = [];
  const visited = new Set<string>();
  const todo = [root];
  while (todo.length) {
    const dir = todo.pop()!;
    let entries;
    try {
      const real = await realpath(dir);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: dir, reason: reasonOf(error) });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link in a folder is not something the user named
        }
      }
      if (isDir) todo.push(path);
      else if (isFile && readerKindOf(entry.name)) found.push(path);
    }
  }
  for (const f of found.sort(byPath)) {
    const problem = await unreadable(f);
    if (problem) errors.push({ file: f, reason: problem });
    else add(f);
  }
}

/** Paths compared folder by folder, so "a/b/x.txt" sorts with "a/b" and not between "a/b-c" files. */
function byPath(a: string, b: string): number {
  const pa = a.split(/[\\/]/);
  const pb = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) {
      if (i === pa.length - 1 && i < pb.length - 1) return -1; // files before subfolders
      if (i === pb.length - 1 && i < pa.length - 1) return 1;
      return pa[i] < pb[i] ? -1 : 1;
    }
  }
  return pa.length - pb.length;
}

async function unreadable(file: string): Promise<string | null> {
  try {
    await access(file, constants.R_OK);
    return null;
  } catch (error) {
    return reasonOf(error);
  }
}
