import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findDeliveryMetrics, findRepairMetrics } from '@aidledger/projections';
import { FIGURE_ROLES } from '../auth/roles.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { DeliveryMetricsDto, DeliveryMetricsQueryDto, RepairMetricsDto, RepairMetricsQueryDto } from './metrics.dto.js';

@ApiTags('metrics')
@ApiBearerAuth()
@Controller('api/metrics')
export class MetricsController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('delivery', {
    roles: FIGURE_ROLES,
    summary: 'Deliveries on the planned day, early and late (target 95 %)',
    description:
      'Grouped by the day or month of delivery, the order’s municipality or the dispatch route; from and to filter on the day of delivery, both inclusive.',
    type: DeliveryMetricsDto,
  })
  delivery(@Query() query: DeliveryMetricsQueryDto) {
    const filter = { ...query, groupBy: query.groupBy ?? 'month' };
    return this.queries.execute(new Read(({ db }) => findDeliveryMetrics(db, filter)));
  }

  @QueryEndpoint('repairs', {
    roles: FIGURE_ROLES,
    summary: 'Repairs completed within 5 Swedish working days (target 88 %)',
    description: 'Grouped by the month of completion; from and to filter on the day of completion, both inclusive.',
    type: RepairMetricsDto,
  })
  repairs(@Query() query: RepairMetricsQueryDto) {
    return this.queries.execute(new Read(({ db }) => findRepairMetrics(db, query)));
  }
}
