import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthenticatedRequest } from './current-principal.decorator.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import type { Role } from './roles.js';
import { InvalidTokenError, TOKEN_VERIFIER, type TokenVerifier } from './token-verifier.js';

/** Every route needs a bearer token and one of its roles unless marked @Public(); admin may do all. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthorizedException('A bearer token is required');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`The bearer token is not accepted: ${error.message}`);
      throw error;
    }

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    // A route that declares no roles is admin-only: forgetting @Roles must not open it.
    const role = request.principal.role;
    if (role === 'admin' || (allowed ?? []).includes(role)) return true;
    throw new ForbiddenException(`The role ${role} may not do this`);
  }
}
