import { Controller, Get, Inject } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator.js';
import { DemoStore, type DemoToken } from './demo-store.js';

/** Registered only in demo mode: a deployment started without DEMO_DATA=on has no such route. */
@ApiTags('demo')
@Controller('api/demo')
export class DemoController {
  constructor(@Inject(DemoStore) private readonly demo: DemoStore) {}

  @Public()
  @Get('tokens')
  @RouteConfig({ rateLimit: { max: 30, timeWindow: '1 minute' } })
  @ApiOkResponse({ description: 'A bearer token per role for the demo users, valid for 8 hours' })
  async tokens(): Promise<{ tokens: DemoToken[] }> {
    return { tokens: await this.demo.mintTokens() };
  }
}
