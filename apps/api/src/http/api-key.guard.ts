import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyCache } from '../access/api-key-cache';
import { ApiRequest, headerOf } from './api-request';
import { Unauthenticated } from './api-errors';
import { PUBLIC_ROUTE } from './public-route';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Every route but the public ones needs `Authorization: Bearer <api key>`; the key names
 * the tenant, and every stream the request touches is that tenant's. A missing, malformed,
 * unknown or revoked key is 401.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiKeyCache) private readonly keys: ApiKeyCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic === true) return true;
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const presented = BEARER.exec(headerOf(request, 'authorization') ?? '')?.[1];
    if (presented === undefined) throw new Unauthenticated('missing');
    const key = await this.keys.resolve(presented);
    if (key === null) throw new Unauthenticated('invalid');
    request.caller = { tenantId: key.tenantId, keyId: key.keyId, actor: `api-key:${key.keyId}` };
    return true;
  }
}
