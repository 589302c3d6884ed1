/** Just enough of OpenAPI 3.0's schema objects to hold an answer against the document the API serves. */
export type SchemaObject = {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  enum?: unknown[];
  nullable?: boolean;
  allOf?: SchemaObject[];
  minimum?: number;
  maximum?: number;
};

type MediaTypes = Record<string, { schema?: SchemaObject }>;
export type OpenApiParameter = {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: SchemaObject;
};
export type OpenApiOperation = {
  operationId: string;
  description?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: MediaTypes };
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { content?: MediaTypes }>;
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, SchemaObject> };
};

export type DocumentedOperation = { method: 'GET' | 'POST' | 'PUT'; path: string; operation: OpenApiOperation };

/** Every operation the document lists, as `METHOD /path` with its description. */
export const documentedOperations = (document: OpenApiDocument): DocumentedOperation[] =>
  Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase() as DocumentedOperation['method'],
      path,
      operation,
    })),
  );

export const answerSchema = (
  document: OpenApiDocument,
  method: string,
  path: string,
  status: number,
  mediaType = 'application/json',
): SchemaObject => {
  const schema = document.paths[path]?.[method.toLowerCase()]?.responses[String(status)]?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`The document has no ${mediaType} schema for ${status} on ${method} ${path}`);
  return schema;
};

export const resolveSchema = (document: OpenApiDocument, schema: SchemaObject): SchemaObject => {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = document.components.schemas[name];
  if (!target) throw new Error(`Unknown schema ${schema.$ref}`);
  return resolveSchema(document, target);
};

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

/**
 * Every place where `value` departs from `schema`. With `closed`, a property the schema does not name
 * is a departure too, so the document can neither promise a field the answer lacks nor miss one it has.
 */
export const schemaMismatches = (
  document: OpenApiDocument,
  schema: SchemaObject,
  value: unknown,
  { closed = true, at = '$' }: { closed?: boolean; at?: string } = {},
): string[] => {
  const resolved = resolveSchema(document, schema);
  // A nullable member that refers to a schema is written `{ nullable, allOf: [$ref] }`: null answers it.
  if (value === null && resolved.nullable) return [];
  if (resolved.allOf) return resolved.allOf.flatMap((part) => schemaMismatches(document, part, value, { closed, at }));
  if (value === null) return [`${at} is null but not nullable`];
  if (resolved.enum && !resolved.enum.includes(value)) return [`${at} = ${JSON.stringify(value)} is not in the enum`];
  const actual = typeOf(value);
  const expected = resolved.type;
  if (expected && expected !== actual && !(expected === 'number' && actual === 'integer'))
    return [`${at} is ${actual}, documented as ${expected}`];
  if (Array.isArray(value))
    return resolved.items
      ? value.flatMap((item, index) =>
          schemaMismatches(document, resolved.items!, item, { closed, at: `${at}[${index}]` }),
        )
      : [];
  if (actual !== 'object') return [];
  const record = value as Record<string, unknown>;
  const properties = resolved.properties ?? {};
  const missing = (resolved.required ?? [])
    .filter((name) => !(name in record))
    .map((name) => `${at}.${name} is required but absent`);
  const open = resolved.additionalProperties !== undefined && resolved.additionalProperties !== false;
  const extra =
    closed && !open
      ? Object.keys(record)
          .filter((name) => !(name in properties))
          .map((name) => `${at}.${name} is not documented`)
      : [];
  const nested = Object.entries(properties)
    .filter(([name]) => name in record)
    .flatMap(([name, property]) => schemaMismatches(document, property, record[name], { closed, at: `${at}.${name}` }));
  return [...missing, ...extra, ...nested];
};
