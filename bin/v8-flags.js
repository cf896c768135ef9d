// V8 flags every imon process runs with: bin/imon.js sets them, and the extraction benchmarks
// start both sides with them, so that each is measured on the same runtime. Plain JavaScript,
// because they must be set before tsx's loader starts (setting a V8 flag while another thread
// runs can crash the process).
import { setFlagsFromString } from 'node:v8';

/**
 * --no-regexp-tier-up: compile each regular expression to machine code on its first use, not
 * to bytecode first and again to machine code on a later use. Extraction runs hundreds of large
 * /iu patterns: the double compile cost `imon extract FILE` ~0.5 s of its start, and a 1 MB
 * run ~12% of its instructions (valgrind, single-threaded). Matches are the same either way:
 * only V8's choice of regexp engine changes.
 */
export const V8_FLAGS = Object.freeze(['--no-regexp-tier-up']);

/** Sets V8_FLAGS in this process; call it while the process has no other thread. */
export function applyV8Flags() {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
