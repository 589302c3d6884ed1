import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findPrescriptionStatistics } from '@aidledger/projections';
import { FIGURE_ROLES } from '../auth/roles.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { PrescriptionStatisticsDto, PrescriptionStatisticsQueryDto } from './statistics.dto.js';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/statistics')
export class StatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('prescriptions', {
    roles: FIGURE_ROLES,
    summary: 'Orders placed, split by sex (female, male, other, unknown), with small cells suppressed',
    description:
      'Grouped by sex, the order’s municipality, the article’s ISO class or the age band at the order; from and to filter on the day the order was placed, both inclusive. A count of 1 to 4 is null (suppressed), and so is one more cell when the total would give it back.',
    type: PrescriptionStatisticsDto,
  })
  prescriptions(@Query() query: PrescriptionStatisticsQueryDto) {
    const filter = { ...query, groupBy: query.groupBy ?? 'sex' };
    return this.queries.execute(new Read(({ db }) => findPrescriptionStatistics(db, filter)));
  }
}
