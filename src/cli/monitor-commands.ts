import type { Command } from 'commander';
import type { GlobalOptions, Output } from './context.ts';

/** Registers the monitor commands on the program (see main.ts). */
export function registerMonitorCommands(_program: Command, _io: Output, _globals: () => GlobalOptions): void {}
