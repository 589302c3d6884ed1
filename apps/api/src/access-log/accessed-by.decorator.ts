import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/current-principal.decorator.js';
import type { Role } from '../auth/roles.js';
import { correlationIdOf } from '../command-bus/command-context.decorator.js';

/** Who reads, in which role, under which correlation: what every access entry of one request shares. */
export type Accessor = { actor: string; role: Role; correlationId: string };

export const AccessedBy = createParamDecorator((_: unknown, context: ExecutionContext): Accessor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('AccessedBy used on a route without authentication');
  return { actor: request.principal.subject, role: request.principal.role, correlationId: correlationIdOf(request) };
});
