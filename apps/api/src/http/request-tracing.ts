import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { Logger } from 'pino';
import { ApiRequest, headerOf } from './api-request';

/** Ids a client may choose: short, printable, no spaces, safe to echo in a header and a log. */
const CLIENT_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const clientId = (value: string | undefined): string | null =>
  value !== undefined && CLIENT_ID.test(value) ? value : null;

/**
 * Gives every request a request id (the client's `X-Request-Id` or a new one) and a
 * correlation id (`X-Correlation-Id`, else the request id), echoes both, and logs one JSON
 * line per request when the response is finished: method, path, status, tenant, duration.
 */
export const requestTracing =
  (logger: Logger) =>
  (request: ApiRequest, response: Response, next: NextFunction): void => {
    const requestId = clientId(headerOf(request, 'x-request-id')) ?? randomUUID();
    const correlationId = clientId(headerOf(request, 'x-correlation-id')) ?? requestId;
    request.trace = { requestId, correlationId, startedAt: performance.now() };
    response.setHeader('X-Request-Id', requestId);
    response.setHeader('X-Correlation-Id', correlationId);
    response.on('finish', () => {
      const status = response.statusCode;
      const line = {
        requestId,
        correlationId,
        tenantId: request.caller?.tenantId ?? null,
        actor: request.caller?.actor ?? null,
        method: request.method,
        path: request.path,
        status,
        durationMs: Math.round((performance.now() - (request.trace?.startedAt ?? 0)) * 10) / 10,
      };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    });
    next();
  };
