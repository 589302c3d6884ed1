import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/roles.decorator.js';
import { AppMetrics } from './app-metrics.js';

/** Prometheus scrapes without a token, like /health: nothing here names a person or anything a caller typed. */
@ApiTags('health')
@Public()
@Controller('metrics')
export class PrometheusController {
  constructor(@Inject(AppMetrics) private readonly metrics: AppMetrics) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    summary: 'Metrics in the Prometheus text format',
    description:
      'Needs no token. Commands by type and outcome, HTTP durations by route pattern, projection lag, store head, access-log writes and the process metrics.',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus exposition', schema: { type: 'string' } })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
