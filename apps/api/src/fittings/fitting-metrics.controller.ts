import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findFittingMetrics } from '@aidledger/projections';
import { FIGURE_ROLES } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { FittingMetricsDto, FittingMetricsQueryDto } from './fitting.dto.js';

/** The fitting KPI beside the other two under /api/metrics; it needs today to know which requests count yet. */
@ApiTags('metrics')
@ApiBearerAuth()
@Controller('api/metrics')
export class FittingMetricsController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('fittings', {
    roles: FIGURE_ROLES,
    summary: 'Persons offered a fitting within 15 Swedish working days (target 80 %)',
    description:
      'Grouped by the month of the request; from and to filter on the day of the request, both inclusive. A request counts once it is offered or its 15th working day after the request has passed; one cancelled unoffered by then does not count.',
    type: FittingMetricsDto,
  })
  fittings(@Query() query: FittingMetricsQueryDto) {
    const today = todayInStockholm();
    return this.queries.execute(new Read(({ db }) => findFittingMetrics(db, { ...query, today })));
  }
}
