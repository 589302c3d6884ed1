import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { resolveAuthSecret } from '../auth/auth-secret.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Public, Roles } from '../auth/roles.decorator.js';
import { READ_ROLES, type Principal } from '../auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { mintDemoTokens, type DemoToken } from './demo-tokens.js';

@ApiTags('demo')
@Controller('api/demo')
export class DemoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Only with DEMO_DATA=on: a deployment with real data hands out no tokens. */
  @Public()
  @Get('tokens')
  @ApiOkResponse({ description: 'A bearer token per role for the demo users' })
  async tokens(): Promise<{ tokens: DemoToken[] }> {
    if (!this.config.demoData) throw new NotFoundException('Demo tokens are only served with DEMO_DATA=on');
    return { tokens: await mintDemoTokens(resolveAuthSecret(this.config.authSecret, this.config.dataDir)) };
  }
}

@ApiTags('auth')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/me')
export class MeController {
  @Get()
  me(@CurrentPrincipal() principal: Principal): Principal {
    return { subject: principal.subject, name: principal.name, role: principal.role };
  }
}
