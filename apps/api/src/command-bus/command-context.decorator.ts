import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@aidledger/event-store';
import { v4 as uuid } from 'uuid';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator.js';

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

/** The command's context from the request: who sends it, under which correlation, with which preconditions. */
export const FromRequest = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('FromRequest used on a route without authentication');
  const correlation = header(request, 'x-correlation-id');
  return {
    actor: request.principal.subject,
    correlationId: correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : uuid(),
    expectedRevision: parseIfMatch(header(request, 'if-match')),
    idempotencyKey: header(request, 'idempotency-key'),
  };
});

/** The id of an aggregate a command creates when its sender chose none. */
export const createdId = (_context: CommandContext): string => uuid();
