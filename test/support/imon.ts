import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const imonBin = fileURLToPath(new URL('../../bin/imon.js', import.meta.url));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the real `imon` executable, as a user would, with a clean store environment. */
export function startImon(args: string[], env: NodeJS.ProcessEnv = {}, stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  return spawn(process.execPath, [imonBin, ...args], {
    env: { ...process.env, IMON_DATABASE_URL: '', IMON_DATA: '', ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
}

/** Runs `imon` to the end and collects its output; `input`, if given, is its standard input. */
export function imon(args: string[], env: NodeJS.ProcessEnv = {}, input?: string | Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = startImon(args, env, input === undefined ? 'ignore' : 'pipe');
    if (input !== undefined) child.stdin!.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
