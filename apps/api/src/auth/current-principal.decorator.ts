import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from './roles.js';

export type AuthenticatedRequest = { principal?: Principal; headers: Record<string, string | string[] | undefined> };

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return request.principal;
});
