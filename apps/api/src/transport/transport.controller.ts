import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { todayInStockholm } from '../clock/clock.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import type { Principal } from '../auth/roles.js';
import { PersonDirectory } from '../persons/person-directory.js';
import { readRoute } from './route.reads.js';
import { RouteDto, RouteQueryDto } from './transport.dto.js';
import { LogsPersonReads } from '../access-log/logs-person-reads.js';

@ApiTags('transport')
@ApiBearerAuth()
@Controller('api/transport')
export class TransportController {
  constructor(
    private readonly queries: QueryBus,
    private readonly persons: PersonDirectory,
  ) {}

  @QueryEndpoint('route', {
    roles: ['transport', 'planner', 'auditor'],
    summary:
      "The day's aids to dispatch and deliver, to pick up and to inspect at home, with whom they go to or come from, by route, postal code and street",
    type: RouteDto,
  })
  @LogsPersonReads(
    'transport.route',
    (answer: { items: { personId: string }[]; pickups: { personId: string }[]; inspections: { personId: string }[] }) =>
      [...answer.items, ...answer.pickups, ...answer.inspections].map((stop) => stop.personId),
  )
  route(@Query() query: RouteQueryDto, @CurrentPrincipal() principal: Principal) {
    const day = query.day ?? todayInStockholm();
    return this.queries.execute(new Read(({ db }) => readRoute(db, this.persons, principal, day)));
  }
}
