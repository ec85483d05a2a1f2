import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'debiteur:public-route';

/** A route that needs no API key (health, the test clock). */
export const PublicRoute = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
