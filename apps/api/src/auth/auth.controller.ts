import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/endpoints.js';
import { PrincipalDto, SignInOptionsDto } from './auth.dto.js';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import { Public, Roles } from './roles.decorator.js';
import { ALL_ROLES, type Principal } from './roles.js';

export type SignInOptions = {
  oidc: { issuer: string; clientId: string; scope: string } | null;
  demo: boolean;
};

@ApiTags('auth')
@Controller('api')
export class AuthController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** How the screens may sign in: through the identity provider, with demo users, or with a pasted token. */
  @Public()
  @Get('auth/sign-in-options')
  @ApiOperation({
    summary: 'How the screens may sign in',
    description: 'Needs no token: the identity provider to sign in with, and whether demo users exist.',
  })
  @ApiOkResponse({ description: 'OK', type: SignInOptionsDto })
  signInOptions(): SignInOptions {
    const { oidc, demoData } = this.config;
    return {
      oidc: oidc ? { issuer: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope } : null,
      demo: demoData,
    };
  }

  @Get('me')
  @ApiBearerAuth()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Who the bearer token says the caller is', description: 'Every role may call it.' })
  @ApiOkResponse({ description: 'OK', type: PrincipalDto })
  @Problems([401])
  principal(@CurrentPrincipal() principal: Principal): Principal {
    return { subject: principal.subject, name: principal.name, role: principal.role };
  }
}
