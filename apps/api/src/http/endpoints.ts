import { applyDecorators, Get, HttpCode, Param, ParseUUIDPipe, Post, type Type } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { READ_ROLES, type Role } from '../auth/roles.js';
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

const problems = (statuses: number[]) =>
  statuses.map((status) => ApiResponse({ status, description: PROBLEMS[status], type: ProblemDetailsDto }));

type EndpointOptions = { roles: Role[]; summary: string; description?: string };

/** A command endpoint: POST, its roles, the command answer and every Problem Details it may answer. */
export const CommandEndpoint = (path: string | undefined, options: EndpointOptions & { creates?: boolean }) => {
  const status = options.creates ? 201 : 200;
  return applyDecorators(
    Post(path),
    HttpCode(status),
    Roles(...options.roles),
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiResponse({
      status,
      description: 'Where the change landed; the stream revision is the ETag',
      type: CommandAnswerDto,
    }),
    ...problems([400, 401, 403, 404, 409, 412, 422]),
  );
};

type QueryOptions = Partial<EndpointOptions> & {
  summary: string;
  type?: Type<unknown>;
  notFound?: boolean;
  /** A read whose input is personal data goes in a POST body, never in the URL. */
  post?: boolean;
};

/** A read endpoint: GET, its roles (every reading role by default), its answer and its Problem Details. */
export const QueryEndpoint = (path: string | undefined, options: QueryOptions) =>
  applyDecorators(
    ...(options.post ? [Post(path), HttpCode(200)] : [Get(path)]),
    Roles(...(options.roles ?? READ_ROLES)),
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiResponse({ status: 200, description: 'OK', type: options.type }),
    ...problems(options.notFound ? [400, 401, 403, 404] : [400, 401, 403]),
  );

/** A UUID path parameter: anything else is 400 before it reaches a handler. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ version: undefined }));
