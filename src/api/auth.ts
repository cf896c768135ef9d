/**
 * Access: reads are open; writes need `Authorization: Bearer TOKEN` with a role high enough.
 * Tokens are random; the store keeps only their sha-256, so a leaked database leaks no token.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../store/open.ts';
import { apiTokens } from '../store/schema.ts';
import { HttpError } from './errors.ts';
import { ROLES, isRole, roleAtLeast, type Role } from './roles.ts';

// The roles live in roles.ts, free of the store, so the CLI can list them without loading Drizzle.
export { ROLES, isRole, roleAtLeast, type Role };

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new secret: "imon_" and 32 random bytes, base64url. */
export function newToken(): string {
  return `imon_${randomBytes(32).toString('base64url')}`;
}

/** The token of an "Authorization: Bearer TOKEN" header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}

export interface TokenInfo {
  id: number;
  name: string | null;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Creates a token; the secret is returned here and never again. */
export async function createToken(db: Database, options: { role: Role; name?: string | null }): Promise<{ id: number; token: string; role: Role; name: string | null }> {
  const token = newToken();
  const [row] = await db
    .insert(apiTokens)
    .values({ role: options.role, name: options.name ?? null, tokenHash: hashToken(token) })
    .returning({ id: apiTokens.id });
  return { id: row.id, token, role: options.role, name: options.name ?? null };
}

const iso = (column: AnyColumn) => sql<string | null>`to_json(${column}) #>> '{}'`;

/** Every token, newest first, with its times in ISO 8601; never the secret nor its hash. */
export async function listTokens(db: Database): Promise<TokenInfo[]> {
  const rows = await db
    .select({
      id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, createdAt: iso(apiTokens.createdAt),
      lastUsedAt: iso(apiTokens.lastUsedAt), revokedAt: iso(apiTokens.revokedAt),
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.id));
  return rows.map((r) => ({ ...r, role: r.role as Role, createdAt: r.createdAt ?? '' }));
}

/** Revokes a token; false when there is no such token or it was revoked already. */
export async function revokeToken(db: Database, id: number): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

/** Who a token belongs to (and notes its use), or null for an unknown or revoked token. */
export async function authenticate(db: Database, token: string): Promise<{ id: number; role: Role } | null> {
  const rows = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, role: apiTokens.role });
  const row = rows[0];
  return row && isRole(row.role) ? { id: row.id, role: row.role } : null;
}

/**
 * A hook (used on onRequest, before the body is read) that lets a request through only with a valid token of at least `needed`:
 * 401 without one (or with an unknown or revoked one), 403 with too low a role.
 */
export function requireRole(db: Database, needed: Role) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const challenge = { 'www-authenticate': 'Bearer realm="imon"' };
    if (!token) throw new HttpError(401, 'this request needs a token: Authorization: Bearer TOKEN (imon token create)', challenge);
    const who = await authenticate(db, token);
    if (!who) throw new HttpError(401, 'the token is not valid (unknown or revoked)', challenge);
    if (!roleAtLeast(who.role, needed)) throw new HttpError(403, `this request needs the ${needed} role; the token has ${who.role}`);
  };
}
