import type { Command } from 'commander';
import type { GlobalOptions, Output } from './context.ts';

/** Registers the server commands on the program (see main.ts). */
export function registerServerCommands(_program: Command, _io: Output, _globals: () => GlobalOptions): void {}
