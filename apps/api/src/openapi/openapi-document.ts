import { JsonSchema, toJsonSchema } from './io-ts-json-schema';
import { API_ROUTES, ApiRoute } from './api-routes';

const json = (schema: JsonSchema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const ID_SCHEMA = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$' };

const ERROR = {
  type: 'object',
  properties: {
    status: { type: 'integer' },
    _tag: { type: 'string' },
    message: { type: 'string' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  required: ['status', '_tag', 'message'],
};

const header = (name: string, description: string) => ({
  name,
  in: 'header',
  required: false,
  description,
  schema: { type: 'string' },
});

const parametersOf = (route: ApiRoute) => [
  ...(route.path.includes('{id}')
    ? [{ name: 'id', in: 'path', required: true, schema: ID_SCHEMA }]
    : []),
  ...Object.entries(route.query ?? {}).map(([name, description]) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema: { type: 'string' },
  })),
  ...(route.write
    ? [
        header('If-Match', 'The version (ETag) you saw: 409 with the current version when stale'),
        header(
          'Idempotency-Key',
          'A retry with the same key and request returns the first response',
        ),
      ]
    : []),
  header('X-Request-Id', 'Your request id (else one is made); echoed and logged'),
  header('X-Correlation-Id', 'Flows into the metadata of the events the request records'),
];

const responsesOf = (route: ApiRoute) => {
  const ok = route.created ? '201' : '200';
  const errors = {
    '400': json(ERROR, 'Bad input: every problem with its JSON path'),
    ...(route.public ? {} : { '401': json(ERROR, 'Missing or bad API key') }),
    '404': json(ERROR, 'Not found (another tenant’s resource is not found either)'),
    ...(route.write
      ? {
          '409': json(ERROR, 'Stale If-Match (currentVersion in the body) or a conflicting state'),
          '422': json(
            ERROR,
            'Rejected by the domain (the `_tag` names why) or a reused Idempotency-Key',
          ),
        }
      : {}),
  };
  return {
    [ok]: json(
      route.response === undefined ? { type: 'object' } : toJsonSchema(route.response),
      route.readModel ? 'OK; Debiteur-Staleness tells how stale' : 'OK',
    ),
    ...errors,
  };
};

/**
 * The OpenAPI 3.1 document of the API, built from the route catalogue and the io-ts codecs
 * the controllers decode bodies with.
 */
export const openApiDocument = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) {
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        tags: [route.tag],
        ...(route.public ? { security: [] } : {}),
        parameters: parametersOf(route),
        ...(route.body === undefined
          ? {}
          : { requestBody: { required: true, ...json(toJsonSchema(route.body), 'JSON body') } }),
        responses: responsesOf(route),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Debiteur API',
      version: '0.1.0',
      description:
        'Event-sourced credit control. Money is { amount (minor units), currency }; dates are YYYY-MM-DD; instants ISO-8601 with offset.',
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'dbt_… API key' } },
    },
    security: [{ apiKey: [] }],
    paths,
  };
};
