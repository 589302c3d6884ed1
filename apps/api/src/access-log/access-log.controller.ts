import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findAccessLog } from '@aidledger/projections';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { AccessedBy, type Accessor } from './accessed-by.decorator.js';
import { AccessLog } from './access-log.js';
import { AccessLogDayDto, AccessLogPageDto, AccessLogQueryDto, AccessLogVerificationDto } from './access-log.dto.js';
import { accessLogFilter, verifyAccessLogDay } from './access-log.reads.js';

/** What the access log's reader did is itself a read of person-level data. */
export const ACCESS_LOG_READ = 'access-log.read';

@ApiTags('access-log')
@ApiBearerAuth()
@Controller('api/access-log')
export class AccessLogController {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  @QueryEndpoint(undefined, {
    roles: ['auditor'],
    summary: 'Who read which person-level data when (PDL 4 kap), newest first',
    description:
      'Filter by person (who has looked at this person?) or by actor (what has this user looked at?) and by days in ' +
      'Stockholm. Pages by `nextCursor`. Reading the log is logged: one entry per person the page names.',
    type: AccessLogPageDto,
  })
  async find(@Query() query: AccessLogQueryDto, @AccessedBy() accessor: Accessor) {
    const page = await this.queries.execute(new Read(({ db }) => findAccessLog(db, accessLogFilter(query))));
    await this.accessLog.recordReads(
      accessor,
      ACCESS_LOG_READ,
      page.items.map((item) => item.personId),
    );
    return page;
  }

  @QueryEndpoint('verify', {
    summary: "Whether a day's access log is unaltered, or the revision where its hash chain breaks",
    roles: ['auditor'],
    type: AccessLogVerificationDto,
  })
  verify(@Query() query: AccessLogDayDto) {
    return this.queries.execute(new Read((sources) => verifyAccessLogDay(sources, query.day)));
  }
}
