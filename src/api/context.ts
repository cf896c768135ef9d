import type {
  FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, Store } from '../store/open.ts';
import type { Role } from './auth.ts';

/** The Fastify instance routes are declared on: zod schemas type their requests and replies. */
export type ApiApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What every route module is given. */
export interface RouteContext {
  store: Store;
  db: Database;
  /** A hook (onRequest: before the body is read) admitting only requests with a token of at least `role`. */
  requireRole(role: Role): (request: FastifyRequest) => Promise<void>;
}

/** A resource's routes: one module per folder under routes/. */
export type RouteModule = (app: ApiApp, context: RouteContext) => Promise<void> | void;
