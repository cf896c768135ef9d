/**
 * The HTTP API: Fastify with a zod schema on every route (OpenAPI 3 generated from them),
 * JSON errors, bearer tokens for writes, no cross-origin access unless allowed, and the web
 * app's bundle at / when it has been built.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  createJsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Store } from '../store/open.ts';
import { requireRole } from './auth.ts';
import type { RouteContext } from './context.ts';
import { HttpError, validationMessage, type ValidationFailure } from './errors.ts';
import { routeModules } from './routes/index.ts';
import { API_VERSION } from './version.ts';

export interface AppOptions {
  store: Store;
  /** Origins allowed to call the API from a browser ("https://desk.example.org"); none by default. */
  corsOrigins?: string[];
  /** The built web app; default web/dist of the repository when it exists; null for none. */
  webDir?: string | null;
  /** Fastify's logger (pino options); off by default. */
  logger?: FastifyServerOptions['logger'];
}

const defaultWebDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Whether a browser's Origin is this server itself (the web app it serves). */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const from = new URL(origin);
    // Through URL on both sides, so a default port written out ("localhost:80") still compares equal.
    return from.host === new URL(`${from.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Documents can be posted as they are: text/plain is built in; markdown and HTML are text too.
  app.addContentTypeParser(['text/markdown', 'text/html'], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  const allowed = new Set(options.corsOrigins ?? []);
  // A browser page from another origin gets nothing: not even a write that it cannot read back.
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin && !allowed.has(origin) && !isSameOrigin(origin, request.headers.host)) {
      throw new HttpError(403, `cross-origin requests from ${origin} are not allowed (imon serve --cors-origin to allow one)`);
    }
  });
  await app.register(cors, { origin: [...allowed], methods: ['GET', 'POST', 'DELETE'], allowedHeaders: ['Authorization', 'Content-Type'] });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // API answers are data: a browser must never run or render them as a page.
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError & Partial<ValidationFailure>, request, reply) => {
    if (error instanceof HttpError) return reply.headers(error.headers).code(error.statusCode).send({ error: error.message });
    if (error.validation) return reply.code(400).send({ error: validationMessage(error as ValidationFailure) });
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: error.message });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal error (see the server log)' });
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Integration Monitor API',
        version: API_VERSION,
        description: 'A sourced knowledge base of regional and interregional cooperation in the post-Soviet space. '
          + 'Reads are open; writes need a bearer token (imon token create).',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { deepLinking: true } });

  const context: RouteContext = {
    store: options.store,
    db: options.store.db,
    requireRole: (role) => requireRole(options.store.db, role),
  };
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      for (const module of routeModules) await module(api.withTypeProvider<ZodTypeProvider>(), context);
    },
    { prefix: '/api' },
  );

  const webDir = options.webDir === undefined ? (existsSync(defaultWebDir) ? defaultWebDir : null) : options.webDir;
  if (webDir) await app.register(fastifyStatic, { root: webDir, prefix: '/', index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    // The web app routes on the client: its deep links get its page.
    if (webDir && request.method === 'GET' && !path.startsWith('/api') && (request.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ error: `no such route: ${request.method} ${path}` });
  });
  return app;
}
