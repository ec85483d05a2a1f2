import { INestApplication } from '@nestjs/common';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { openApiDocument } from './openapi-document';

/** Serves the document at `/docs-json` and Swagger UI at `/docs`. */
export const setUpOpenApi = (app: INestApplication): void => {
  SwaggerModule.setup('docs', app, openApiDocument() as unknown as OpenAPIObject, {
    jsonDocumentUrl: 'docs-json',
  });
};
