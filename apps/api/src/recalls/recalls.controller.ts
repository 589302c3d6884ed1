import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { AccessedBy, type Accessor } from '../access-log/accessed-by.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { AID_ROLES } from '../auth/roles.js';
import { FromRequest } from '../command-bus/command-context.decorator.js';
import { CommandEndpoint, Problems, QueryEndpoint, UuidParam } from '../http/endpoints.js';
import {
  IssueRecallDto,
  OpenRecallUnitListDto,
  OpenRecallUnitsQueryDto,
  RecallDto,
  RecallIssuedDto,
  RecallListDto,
  RecallUnitDoneDto,
} from './recall.dto.js';
import { RecallReads } from './recall.reads.js';

const HOLDERS =
  'The auditor (and admin) also gets each aid’s current and past holders: one access-log entry per person named ' +
  '(`recall.holders.read`). Other roles get the aids without holders.';

@ApiTags('recalls')
@ApiBearerAuth()
@Controller('api/recalls')
export class RecallsController {
  constructor(private readonly recalls: RecallReads) {}

  /** Answers the recorded scope rather than the command answer, so the auditor sees at once who is affected. */
  @Post()
  @HttpCode(201)
  @Roles('auditor')
  @ApiOperation({
    summary: 'Issue a recall (FSCA): the aids of the article, lots and serial range are its recorded scope',
    description: `${HOLDERS} The same recall again (same recallId and facts) does nothing and answers its recorded scope; other facts are 409.\n\nRoles that may call it: auditor, admin.`,
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retry safe' })
  @ApiResponse({ status: 201, description: 'The recall and its affected aids', type: RecallIssuedDto })
  @Problems([400, 401, 403, 404, 409, 422])
  issue(@Body() body: IssueRecallDto, @FromRequest() context: CommandContext, @AccessedBy() accessor: Accessor) {
    return this.recalls.issue(body, context, accessor);
  }

  @CommandEndpoint(':id/units/:assetId/done', {
    roles: ['warehouse', 'transport'],
    summary: 'Record that an affected aid was inspected, picked up or replaced',
  })
  done(
    @UuidParam() id: string,
    @Param('assetId', new ParseUUIDPipe()) assetId: string,
    @Body() body: RecallUnitDoneDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.recalls.markDone(id, assetId, body, context);
  }

  @QueryEndpoint(undefined, { roles: AID_ROLES, summary: 'Every recall with its progress', type: RecallListDto })
  list() {
    return this.recalls.list();
  }

  @QueryEndpoint('open-units', {
    roles: AID_ROLES,
    summary: 'The affected aids not yet done, with their recall’s action: in stock or on loan',
    type: OpenRecallUnitListDto,
  })
  openUnits(@Query() query: OpenRecallUnitsQueryDto) {
    return this.recalls.openUnits(query.where);
  }

  @QueryEndpoint(':id', {
    roles: AID_ROLES,
    summary: 'A recall’s progress (affected, done, remaining) and each affected aid as it stands',
    description: HOLDERS,
    type: RecallDto,
    notFound: true,
  })
  recall(@UuidParam() id: string, @AccessedBy() accessor: Accessor) {
    return this.recalls.recall(id, accessor);
  }
}
