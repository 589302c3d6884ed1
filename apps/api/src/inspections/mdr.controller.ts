import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LogsPersonReads } from '../access-log/logs-person-reads.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { AidHoldersDto, AidHoldersQueryDto, PastLifetimeDto } from './inspections.dto.js';
import { readAidHolders, readPastLifetime } from './inspections.reads.js';

/** MDR: the aids past their expected lifetime, and who held which aid (traceability). */
@ApiTags('assets')
@ApiBearerAuth()
@Controller('api/assets')
export class MdrController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('past-lifetime', {
    roles: ['warehouse', 'auditor'],
    summary: "Aids not scrapped that are older than their article's expected lifetime since receipt",
    type: PastLifetimeDto,
  })
  pastLifetime() {
    return this.queries.execute(new Read(({ db }) => readPastLifetime(db)));
  }

  @QueryEndpoint('holders', {
    roles: ['auditor'],
    summary: 'Who held the aids of an article, lot and serial range on a day (asOf), or ever',
    description:
      'From the event history (deliveries and returns, corrections included). An instant is read as its day in ' +
      'Stockholm; on the day of a hand-over both holders are listed. 400 `ASSET.SERIAL_RANGE_REVERSED` when ' +
      'serialFrom lies after serialTo. Every person listed is recorded in the access log.',
    type: AidHoldersDto,
  })
  @LogsPersonReads('assets.holders', (answer: { items: { personId: string }[] }) =>
    answer.items.map((item) => item.personId),
  )
  holders(@Query() query: AidHoldersQueryDto) {
    return this.queries.execute(new Read(({ db }) => readAidHolders(db, query)));
  }
}
