#!/usr/bin/env node
// The `imon` command: TypeScript sources run through tsx's loader, so there is no build step.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Compile each regular expression to machine code on its first use, not to bytecode first and
// again to machine code on a later use: extraction runs hundreds of large /iu patterns, and the
// double compile cost `imon extract FILE` ~0.5 s of its start and bulk extraction ~10% of its CPU.
// Same matches either way (only V8's choice of regexp engine changes); set before any pattern
// is compiled, and process-wide, so extraction worker threads get it too.
setFlagsFromString('--no-regexp-tier-up');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
