import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { Public } from '../auth/roles.decorator.js';
import { LivenessDto, ReadinessDto } from './health.dto.js';
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
  @ApiOperation({ summary: 'Liveness: the process serves and its event store answers', description: 'Needs no token.' })
  @ApiOkResponse({ description: 'Live', type: LivenessDto })
  async live(): Promise<{ status: 'ok'; headPosition: number }> {
    return { status: 'ok', headPosition: Number(await this.store.headPosition()) };
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: whether the read models are close enough to the log to serve',
    description: 'Needs no token. Each projection reports how far it is behind, ready or not.',
  })
  @ApiOkResponse({ description: 'Ready', type: ReadinessDto })
  @ApiResponse({ status: 503, description: 'Not ready: a projection is too far behind or failed', type: ReadinessDto })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Awaited<ReturnType<Readiness['check']>>> {
    const report = await this.readiness.check();
    void reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}
