import { applyDecorators, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, type Type } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiParam, ApiProduces, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { ALL_ROLES, type Role } from '../auth/roles.js';
import { CommandAnswerDto, ProblemDetailsDto } from './responses.dto.js';

const PROBLEMS: Record<number, string> = {
  400: 'Invalid input: `errors` names each offending field',
  401: 'No bearer token, or one that is not accepted',
  403: 'The role may not do this',
  404: 'An id in the path or the body is unknown',
  409: 'The current state does not allow it: the message names the state',
  412: 'If-Match names a revision that is no longer current',
  422: 'The Idempotency-Key was used before with another request',
};

/** The Problem Details each status may answer, served as application/problem+json like the filter sends them. */
export const Problems = (statuses: number[], descriptions: Record<number, string> = {}) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? PROBLEMS[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );

const ETAG = {
  ETag: { description: 'The stream revision, quoted: send it back as If-Match', schema: { type: 'string' } },
};

/** Who may call it is part of the contract a reader needs; admin may call everything. */
const describe = (roles: Role[], description?: string): string => {
  const allowed = [...new Set<Role>([...roles, 'admin'])];
  const who =
    allowed.length === ALL_ROLES.length ? 'Every role may call it.' : `Roles that may call it: ${allowed.join(', ')}.`;
  return description ? `${description}\n\n${who}` : who;
};

type EndpointOptions = { roles: Role[]; summary: string; description?: string };

/** A command endpoint: POST (PUT to replace), its roles, the command answer and every Problem Details it may answer. */
export const CommandEndpoint = (
  path: string | undefined,
  options: EndpointOptions & { creates?: boolean; put?: boolean },
) => {
  const status = options.creates ? 201 : 200;
  return applyDecorators(
    options.put ? Put(path) : Post(path),
    HttpCode(status),
    Roles(...options.roles),
    ApiOperation({ summary: options.summary, description: describe(options.roles, options.description) }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'Makes a retry safe: the same key answers the first answer again and appends nothing',
    }),
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The quoted stream revision the command expects, as given in the ETag (e.g. "3")',
    }),
    ApiResponse({
      status,
      description: 'Where the change landed; the stream revision is the ETag',
      type: CommandAnswerDto,
      headers: ETAG,
    }),
    Problems([400, 401, 403, 404, 409, 412, 422]),
  );
};

type QueryOptions = EndpointOptions & {
  /** The answer's shape: every read documents one. */
  type: Type<unknown>;
  notFound?: boolean;
  /** Answers the stream revision as ETag. */
  etag?: boolean;
  /** A read whose input is personal data goes in a POST body, never in the URL. */
  post?: boolean;
};

/** A read endpoint: GET, its roles (need to know: every read names them), its answer and its Problem Details. */
export const QueryEndpoint = (path: string | undefined, options: QueryOptions) => {
  const { roles } = options;
  return applyDecorators(
    ...(options.post ? [Post(path), HttpCode(200)] : [Get(path)]),
    Roles(...roles),
    ApiOperation({ summary: options.summary, description: describe(roles, options.description) }),
    ApiResponse({ status: 200, description: 'OK', type: options.type, ...(options.etag ? { headers: ETAG } : {}) }),
    Problems(options.notFound ? [400, 401, 403, 404] : [400, 401, 403]),
  );
};

/** A UUID path parameter: anything else is 400 before it reaches a handler. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ version: undefined }));

const SPREADSHEET_TYPES = {
  'text/csv': {
    schema: { type: 'string', description: 'UTF-8 with BOM, `;` separated, CRLF, a header row, decimal comma' },
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: { type: 'string', format: 'binary', description: 'One worksheet with a header row' },
  },
} as const;

/**
 * An export: GET `<name>.{format}` (csv or xlsx), its roles, the file as an attachment and its Problem Details.
 * The answer is streamed; it is never cached.
 */
export const ExportEndpoint = (name: string, options: EndpointOptions & { notFound?: boolean }) =>
  applyDecorators(
    Get(`${name}.:format`),
    Roles(...options.roles),
    ApiOperation({ summary: options.summary, description: describe(options.roles, options.description) }),
    ApiParam({ name: 'format', enum: ['csv', 'xlsx'], description: 'The file format' }),
    ApiProduces(...Object.keys(SPREADSHEET_TYPES)),
    ApiResponse({
      status: 200,
      description: 'The file, as an attachment',
      content: SPREADSHEET_TYPES,
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename="<name>-<today>.<format>" (never personal data)',
          schema: { type: 'string' },
        },
      },
    }),
    Problems(options.notFound ? [400, 401, 403, 404] : [400, 401, 403]),
  );
