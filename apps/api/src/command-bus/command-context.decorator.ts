import {
  BadRequestException,
  createParamDecorator,
  type ExecutionContext,
  UnprocessableEntityException,
} from '@nestjs/common';
import { canonicalJson, type CommandContext, type JsonValue } from '@aidledger/event-store';
import { createHash } from 'node:crypto';
import { v4 as uuid, v5 as uuidV5 } from 'uuid';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator.js';

const header = (request: AuthenticatedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const IF_MATCH = /^(?:W\/)?"?(\d{1,15})"?$/;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export const parseIfMatch = (value: string | undefined): bigint | undefined => {
  if (value === undefined || value.trim() === '*') return undefined;
  const match = IF_MATCH.exec(value.trim());
  if (!match) throw new BadRequestException('If-Match must be a stream revision as given in the ETag, e.g. "3"');
  return BigInt(match[1]);
};

const sha256 = (...parts: string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex');

/**
 * An Idempotency-Key is the sender's own: scoped to the token's subject. The fingerprint names the command
 * (method and path) and its body, so the key sent again with another command or body is refused (422).
 */
const idempotencyOf = (request: AuthenticatedRequest, subject: string): CommandContext['idempotency'] => {
  const key = header(request, 'idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key))
    throw new UnprocessableEntityException('Idempotency-Key must be 1-200 visible ASCII characters');
  const path = request.url.split('?')[0];
  const body = canonicalJson((request.body ?? null) as JsonValue);
  return { key: sha256('idempotency-key', subject, key), fingerprint: sha256(request.method, path, body) };
};

/** The sender's X-Correlation-Id when it is a plain token, else a new one: what ties a request to what it caused. */
export const correlationIdOf = (request: AuthenticatedRequest): string => {
  const correlation = header(request, 'x-correlation-id');
  return correlation && /^[\w.:-]{1,100}$/.test(correlation) ? correlation : uuid();
};

/** The command's context from the request: who sends it, under which correlation, with which preconditions. */
export const FromRequest = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('FromRequest used on a route without authentication');
  return {
    actor: request.principal.subject,
    correlationId: correlationIdOf(request),
    expectedRevision: parseIfMatch(header(request, 'if-match')),
    idempotency: idempotencyOf(request, request.principal.subject),
  };
});

/** Namespace of the ids derived from idempotency keys. */
const CREATED_ID_NAMESPACE = 'c7a4e1d2-5b3f-4e8a-9c6d-1f2e3a4b5c6d';

/**
 * The id of an aggregate a command creates when its sender chose none: derived from the scoped
 * Idempotency-Key when there is one, so a command re-sent after a crash finds what it created.
 */
export const createdId = (context: CommandContext): string =>
  context.idempotency ? uuidV5(context.idempotency.key, CREATED_ID_NAMESPACE) : uuid();
