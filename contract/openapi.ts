// Generates docs/openapi.json from the route table: `npm run openapi`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ApiErrorBody } from './errors.js';
import { routes } from './routes.js';
import type { RouteSpec } from './route.js';

const uri = (id: string) => `#/components/schemas/${id}`;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): object {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: uri(id) };
  // `uri` is typed for registries only, yet zod honours it for one schema too (refs into components).
  const options = { io, uri, unrepresentable: 'any' as const };
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, options) as Record<string, unknown>;
  return json;
}

function parametersOf(spec: RouteSpec) {
  const list: object[] = [];
  for (const [where, shape] of [['path', spec.params], ['query', spec.query], ['header', spec.headers]] as const) {
    if (!shape) continue;
    for (const [name, field] of Object.entries(shape.shape as Record<string, z.ZodType>)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        schema: schemaOf(field, 'input'),
      });
    }
  }
  return list;
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: uri('Error') } } },
});

const errorDescriptions: Record<number, string> = {
  400: 'Invalid input; `error.fields` names each field.',
  401: 'Not signed in, or the session expired.',
  403: 'The contact lacks the permission.',
  404: 'Not found for this customer.',
  409: 'Conflict: stock or price changed, or the request repeats another.',
  422: 'A business limit was reached.',
  429: 'Too many attempts; try again later.',
};

export function buildOpenApi() {
  const paths: Record<string, Record<string, object>> = {};
  for (const [operationId, spec] of Object.entries(routes) as [string, RouteSpec][]) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const status = spec.status ?? 200;
    const responses: Record<string, object> = {
      [status]: spec.response
        ? { description: 'Success', content: { 'application/json': { schema: schemaOf(spec.response, 'output') } } }
        : spec.contentType
          ? { description: 'Success', content: { [spec.contentType]: { schema: { type: 'string', format: 'binary' } } } }
          : { description: 'Success' },
    };
    const statuses = new Set([400, ...(spec.auth.kind === 'public' ? [] : [401]), ...(spec.auth.kind === 'customer' && spec.auth.permission ? [403] : []), ...(spec.errors ?? [])]);
    for (const code of statuses) responses[code] = errorResponse(errorDescriptions[code] ?? 'Error');
    (paths[path] ??= {})[spec.method] = {
      operationId,
      summary: spec.summary,
      tags: [spec.tag],
      security: spec.auth.kind === 'public' ? [] : spec.auth.kind === 'admin' ? [{ adminKey: [] }] : [{ bearer: [] }],
      parameters: parametersOf(spec),
      ...(spec.body && {
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } },
      }),
      responses,
    };
  }
  void ApiErrorBody; // registers the Error schema
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri, unrepresentable: 'any' });
  for (const schema of Object.values(schemas)) {
    delete (schema as Record<string, unknown>).$schema;
    delete (schema as Record<string, unknown>).$id;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tradecounter back-end contract',
      version: '1.0.0',
      description:
        'The REST contract every Tradecounter back end honours. Money is integer minor units plus a currency code; dates are ISO 8601.',
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from `POST /v1/auth/session`.' },
        adminKey: { type: 'apiKey', in: 'header', name: 'X-Admin-Key', description: 'The supplier’s admin key.' },
      },
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../docs/openapi.json', import.meta.url);
  mkdirSync(new URL('.', out), { recursive: true });
  writeFileSync(out, JSON.stringify(buildOpenApi(), null, 2) + '\n');
  console.log(`wrote ${fileURLToPath(out)}`);
}
