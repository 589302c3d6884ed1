import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { v4 as uuid } from 'uuid';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator.js';

/** Who asks, under which correlation, and with which preconditions: becomes each event's metadata. */
export type RequestContext = {
  actor: string;
  correlationId: string;
  causationId?: string;
  expectedRevision?: bigint;
  idempotencyKey?: string;
};

const header = (request: AuthenticatedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const IF_MATCH = /^(?:W\/)?"?(\d{1,15})"?$/;

export const parseIfMatch = (value: string | undefined): bigint | undefined => {
  if (value === undefined || value.trim() === '*') return undefined;
  const match = IF_MATCH.exec(value.trim());
  if (!match) throw new BadRequestException('If-Match must be a stream revision as given in the ETag, e.g. "3"');
  return BigInt(match[1]);
};

export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('CommandContext used on a route without authentication');
  const correlation = header(request, 'x-correlation-id');
  return {
    actor: request.principal.subject,
    correlationId: correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : uuid(),
    expectedRevision: parseIfMatch(header(request, 'if-match')),
    idempotencyKey: header(request, 'idempotency-key'),
  };
});
