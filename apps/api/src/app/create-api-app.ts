import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { apiLogger } from './api-logger';
import { setUpOpenApi } from '../openapi/openapi-setup';
import { requestTracing } from '../http/request-tracing';
import { ApiOptions, ResolvedApiOptions } from './api-options';
import { ApiModule } from './api.module';

/** Largest JSON body the API reads; a bigger one is a 413. */
const BODY_LIMIT = '256kb';

/**
 * Builds the configured API (routes, auth, error mapping, logs, OpenAPI at `/docs-json`,
 * Swagger UI at `/docs`) and initialises it, which starts the reports read model following
 * the store. It does not listen: call `listen(port)`. `close()` stops the read model; the
 * stores stay open (they belong to the caller).
 */
export const createApiApp = async (options: ApiOptions): Promise<INestApplication> => {
  const resolved: ResolvedApiOptions = { ...options, logger: options.logger ?? apiLogger() };
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forOptions(resolved), {
    logger: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // ETags are stream versions, set by the routes that have one; no body hashes.
  app.set('etag', false);
  app.useBodyParser('json', { limit: BODY_LIMIT, type: () => true });
  app.use(requestTracing(resolved.logger));
  setUpOpenApi(app);
  await app.init();
  return app;
};
