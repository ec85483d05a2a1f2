import { TenantId } from '@debiteur/core';
import type { Request } from 'express';

/** Who called: the tenant the API key belongs to, and the key as the actor of events. */
export interface Caller {
  readonly tenantId: TenantId;
  readonly keyId: string;
  /** Written as `actor` on every event the request produces: `api-key:<keyId>`. */
  readonly actor: string;
}

/** The request id and the correlation id that flows into event metadata. */
export interface RequestTrace {
  readonly requestId: string;
  readonly correlationId: string;
  readonly startedAt: number;
}

/** An Express request as the API sees it after tracing and authentication. */
export type ApiRequest = Request & { trace?: RequestTrace; caller?: Caller };

/** The caller of an authenticated route; the guard has run, so it is there. */
export const callerOf = (request: ApiRequest): Caller => {
  if (request.caller === undefined)
    throw new Error('route reached without an authenticated caller');
  return request.caller;
};

export const traceOf = (request: ApiRequest): RequestTrace =>
  request.trace ?? { requestId: 'untraced', correlationId: 'untraced', startedAt: Date.now() };

/** A header's single value; repeated headers and absent ones read as undefined. */
export const headerOf = (request: Request, name: string): string | undefined => {
  const value = request.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
};
