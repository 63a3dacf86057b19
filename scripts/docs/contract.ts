// Renders docs/openapi.json as one readable HTML page: operations by tag, then schemas. Ours, so
// the docs need no CDN or viewer script at run time.
interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: Schema | boolean;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  const?: unknown;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

const escape = (text: unknown) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const anchor = (name: string) => `schema-${name.replace(/[^\w-]/g, '-')}`;
const BIG = 9007199254740991;

/** A schema as a short type expression with links to named schemas. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#${anchor(name)}">${escape(name)}</a>`;
  }
  if (schema.const !== undefined) return `<code>${escape(JSON.stringify(schema.const))}</code>`;
  if (schema.enum) return schema.enum.map((value) => `<code>${escape(JSON.stringify(value))}</code>`).join(' | ');
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return union.map(typeOf).join(' | ');
  if (schema.allOf) return schema.allOf.map(typeOf).join(' &amp; ');
  if (schema.type === 'array') return `${typeOf(schema.items)}[]`;
  if (schema.type === 'object' && schema.properties) return 'object';
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') return `map of ${typeOf(schema.additionalProperties)}`;
  return escape(Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any'));
}

function constraints(schema: Schema | undefined): string {
  if (!schema) return '';
  const notes: string[] = [];
  if (schema.format) notes.push(schema.format);
  if (schema.minimum !== undefined && schema.minimum > -BIG) notes.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) notes.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined && schema.maximum < BIG) notes.push(`≤ ${schema.maximum}`);
  if (schema.minLength) notes.push(`min length ${schema.minLength}`);
  if (schema.maxLength) notes.push(`max length ${schema.maxLength}`);
  if (schema.default !== undefined) notes.push(`default <code>${escape(JSON.stringify(schema.default))}</code>`);
  return notes.join(', ');
}

function propertiesTable(schema: Schema): string {
  const rows = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `<tr><td><code>${escape(name)}</code>${schema.required?.includes(name) ? '' : ' <small>optional</small>'}</td><td>${typeOf(property)}</td><td>${escape(property.description)} ${constraints(property)}</td></tr>`,
  );
  return rows.length ? `<table><thead><tr><th>Field</th><th>Type</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '';
}

function operation(method: string, path: string, op: Operation): string {
  const parameters = (op.parameters ?? []).map(
    (p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? '' : ' <small>optional</small>'}</td><td>${escape(p.in)}</td><td>${typeOf(p.schema)}</td><td>${escape(p.description ?? p.schema?.description)} ${constraints(p.schema)}</td></tr>`,
  );
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, response]) => `<tr><td><code>${escape(status)}</code></td><td>${typeOf(response.content?.['application/json']?.schema)}</td><td>${escape(response.description)}</td></tr>`,
  );
  return `<section class="operation" id="${escape(op.operationId ?? `${method}-${path}`)}">
  <h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
  <p>${escape(op.summary)}${op.security?.length ? ' <small>Needs a session: <code>Authorization: Bearer &lt;token&gt;</code>.</small>' : ' <small>No session needed.</small>'}</p>
  ${parameters.length ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Notes</th></tr></thead><tbody>${parameters.join('')}</tbody></table>` : ''}
  ${body ? `<h4>Request body</h4><p>${typeOf(body)}</p>` : ''}
  <h4>Responses</h4><table><thead><tr><th>Status</th><th>Body</th><th>Meaning</th></tr></thead><tbody>${responses.join('')}</tbody></table>
</section>`;
}

/** The page's inner HTML. */
export function contractPage(api: OpenApi): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(api.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? 'other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(method, path, op)]);
    }
  }
  const schemas = Object.entries(api.components?.schemas ?? {}).map(
    ([name, schema]) => `<section class="schema" id="${anchor(name)}"><h3>${escape(name)}</h3><p>${escape(schema.description)} ${schema.properties ? '' : typeOf(schema)}</p>${propertiesTable(schema)}</section>`,
  );
  return `<h1>${escape(api.info.title)} <small>v${escape(api.info.version)}</small></h1>
<p>${escape(api.info.description)}</p>
<p>Generated from <code>docs/openapi.json</code> (<code>npm run openapi</code>), which is generated from the schemas in <code>contract/</code>. The <a href="openapi.json">OpenAPI document</a> itself is published beside this page. Implementing it? Read the <a href="backend.html">guide for suppliers</a>.</p>
<nav class="toc"><strong>Resources:</strong> ${[...byTag.keys()].map((tag) => `<a href="#tag-${escape(tag)}">${escape(tag)}</a>`).join(' · ')} · <a href="#schemas">Schemas</a></nav>
${[...byTag.entries()].map(([tag, ops]) => `<h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${ops.join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>
${schemas.join('\n')}`;
}
