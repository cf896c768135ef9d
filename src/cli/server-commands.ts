import { Command, Option } from 'commander';
import { CliError, UsageError, withStore, type GlobalOptions, type Output } from './context.ts';
import { ROLES, type Role } from '../api/roles.ts';

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, not "${value}"`);
  return n;
}

function parseOrigin(value: string, previous: string[] = []): string[] {
  let origin: string;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    origin = url.origin;
  } catch {
    throw new UsageError(`--cors-origin must be an origin such as https://desk.example.org, not "${value}"`);
  }
  return [...previous, origin];
}

function parseId(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`the token id must be a positive integer, not "${value}"`);
  return n;
}

/** Registers `imon serve` and `imon token create|list|revoke` (see main.ts). */
export function registerServerCommands(program: Command, io: Output, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('serve the HTTP API under /api (docs at /api/docs) and the web app at / until stopped')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free port)', parsePort, 8080)
    .option('--cors-origin <origin>', 'let browser pages from this origin call the API (repeatable; none by default)', parseOrigin)
    .action(async (options: { host: string; port: number; corsOrigin?: string[] }) => {
      const { serveUntilStopped } = await import('./serve.ts');
      await withStore(globals(), (store) => serveUntilStopped(store, { host: options.host, port: options.port, corsOrigins: options.corsOrigin }, io));
    });

  const token = program.command('token').description('API tokens: writes through the API need one');
  token
    .command('create')
    .description('create a token and print it once (the store keeps only its hash)')
    .addOption(new Option('--role <role>', 'what the token may do: viewer reads, editor reviews and adds, admin everything').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'a name to tell tokens apart')
    .option('--json', 'print JSON')
    .action(async (options: { role: Role; name?: string; json?: boolean }) => {
      const { createToken } = await import('../api/auth.ts');
      const created = await withStore(globals(), (store) => createToken(store.db, { role: options.role, name: options.name }));
      io.out(options.json
        ? JSON.stringify(created)
        : `${created.token}\n(token ${created.id}, role ${created.role}; shown only now: the store keeps its hash)`);
    });

  token
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const { listTokens } = await import('../api/auth.ts');
      const tokens = await withStore(globals(), (store) => listTokens(store.db));
      if (options.json) io.out(JSON.stringify(tokens));
      else if (!tokens.length) io.out('no tokens (imon token create --role editor)');
      else {
        io.out(tokens.map((t) => [
          String(t.id).padStart(4), t.role.padEnd(6), t.revokedAt ? 'revoked' : 'active ', t.createdAt.slice(0, 19),
          t.lastUsedAt ? `used ${t.lastUsedAt.slice(0, 19)}` : 'never used', t.name ?? '',
        ].join('  ')).join('\n'));
      }
    });

  token
    .command('revoke')
    .description('revoke a token by its id (imon token list shows ids)')
    .argument('<id>', 'token id', parseId)
    .action(async (id: number) => {
      const { revokeToken } = await import('../api/auth.ts');
      const revoked = await withStore(globals(), (store) => revokeToken(store.db, id));
      if (!revoked) throw new CliError(`no active token with id ${id}`);
      io.out(`token ${id} revoked`);
    });
}
