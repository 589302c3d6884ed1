import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { resolveAuthSecret } from '../auth/auth-secret.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Public, Roles } from '../auth/roles.decorator.js';
import { READ_ROLES, type Principal } from '../auth/roles.js';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { Problems } from '../http/endpoints.js';
import { mintDemoTokens, type DemoToken } from './demo-tokens.js';
import { DemoTokensDto, PrincipalDto } from './demo.dto.js';

@ApiTags('demo')
@Controller('api/demo')
export class DemoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Only with DEMO_DATA=on: a deployment with real data hands out no tokens. */
  @Public()
  @Get('tokens')
  @ApiOperation({
    summary: 'A bearer token per role for the demo users',
    description: 'Needs no token. Served only with DEMO_DATA=on; otherwise 404.',
  })
  @ApiOkResponse({ description: 'A bearer token per role for the demo users', type: DemoTokensDto })
  @Problems([404], { 404: 'Demo data is off' })
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
  @ApiOperation({ summary: 'Who the bearer token says the caller is', description: 'Every role may call it.' })
  @ApiOkResponse({ description: 'OK', type: PrincipalDto })
  @Problems([401])
  principal(@CurrentPrincipal() principal: Principal): Principal {
    return { subject: principal.subject, name: principal.name, role: principal.role };
  }
}
