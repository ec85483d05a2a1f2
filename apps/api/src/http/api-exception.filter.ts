import { ArgumentsHost, Catch, ExceptionFilter, Inject } from '@nestjs/common';
import type { Response } from 'express';
import { API_OPTIONS, ResolvedApiOptions } from '../app/api-options';
import { ApiRequest, traceOf } from './api-request';
import { errorResponse } from './error-response';

/** Answers every failure through `errorResponse`; logs the ones that are the server's fault. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(@Inject(API_OPTIONS) private readonly options: ResolvedApiOptions) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<ApiRequest>();
    const mapped = errorResponse(error);
    if (mapped.status >= 500) {
      this.options.logger.error(
        { err: error, requestId: traceOf(request).requestId, path: request.path },
        'unexpected failure',
      );
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(mapped.headers)) response.setHeader(name, value);
    response.status(mapped.status).json(mapped.body);
  }
}
