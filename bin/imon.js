#!/usr/bin/env node
// The `imon` command: TypeScript sources run through tsx's loader, so there is no build step.
import { register } from 'tsx/esm/api';
import { applyV8Flags } from './v8-flags.js';

// Before tsx's loader thread starts, and process-wide: ingest's worker threads run with them too.
applyV8Flags();
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
