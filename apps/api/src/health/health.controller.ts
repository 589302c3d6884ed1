import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { Public } from '../auth/roles.decorator.js';
import { READINESS, type Readiness } from './readiness.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READINESS) private readonly readiness: Readiness,
  ) {}

  @Get()
  @HttpCode(200)
  async live(): Promise<{ status: 'ok'; headPosition: number }> {
    return { status: 'ok', headPosition: Number(await this.store.headPosition()) };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Awaited<ReturnType<Readiness['check']>>> {
    const report = await this.readiness.check();
    void reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}
