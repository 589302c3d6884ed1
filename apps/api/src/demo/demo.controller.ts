import { Controller, Get, Inject } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator.js';
import { Problems } from '../http/endpoints.js';
import { DemoStore, type DemoToken } from './demo-store.js';
import { DemoTokensDto } from './demo.dto.js';

/** Registered only in demo mode: a deployment started without DEMO_DATA=on has no such route. */
@ApiTags('demo')
@Controller('api/demo')
export class DemoController {
  constructor(@Inject(DemoStore) private readonly demo: DemoStore) {}

  @Public()
  @Get('tokens')
  @RouteConfig({ rateLimit: { max: 30, timeWindow: '1 minute' } })
  @ApiOperation({
    summary: 'A bearer token per role for the demo users, valid for 8 hours',
    description:
      'Needs no token. The route exists only in demo mode (DEMO_DATA=on, on a store created as a demo store).',
  })
  @ApiOkResponse({ description: 'A bearer token per role for the demo users', type: DemoTokensDto })
  @Problems([429], { 429: 'Too many requests from this caller' })
  async tokens(): Promise<{ tokens: DemoToken[] }> {
    return { tokens: await this.demo.mintTokens() };
  }
}
