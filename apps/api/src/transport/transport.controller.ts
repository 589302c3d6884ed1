import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findRoute } from '@aidledger/projections';
import { todayInStockholm } from '../clock/clock.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { RouteDto, RouteQueryDto } from './transport.dto.js';

@ApiTags('transport')
@ApiBearerAuth()
@Controller('api/transport')
export class TransportController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('route', {
    summary: "The day's aids to dispatch and deliver, by route and municipality, with what is overdue",
    type: RouteDto,
  })
  route(@Query() query: RouteQueryDto) {
    const day = query.day ?? todayInStockholm();
    return this.queries.execute(new Read(({ db }) => findRoute(db, day)));
  }
}
