import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/roles.decorator.js';
import { READ_ROLES } from '../auth/roles.js';
import {
  AssetAsOfQueryDto,
  AssetIndexQueryDto,
  DeliveryMetricsQueryDto,
  RepairMetricsQueryDto,
  StockQueryDto,
} from './read.dto.js';
import {
  FindAssetsQuery,
  GetAssetHistoryQuery,
  GetAssetQuery,
  GetDeliveryMetricsQuery,
  GetPersonAidsQuery,
  GetRepairMetricsQuery,
  GetStockLevelsQuery,
  VerifyAssetHistoryQuery,
  type AssetState,
} from './read.handlers.js';

@ApiTags('persons')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/persons')
export class PersonAidsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/aids')
  @ApiOperation({ summary: 'The aids a person holds now and every aid they held' })
  aids(@Param('id') personId: string) {
    return this.queries.execute(new GetPersonAidsQuery(personId));
  }
}

@ApiTags('stock')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/stock')
export class StockController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Stock levels per article and location' })
  levels(@Query() query: StockQueryDto) {
    return this.queries.execute(new GetStockLevelsQuery(query));
  }
}

@ApiTags('metrics')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/metrics')
export class MetricsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('delivery')
  @ApiOperation({ summary: 'Deliveries on the planned day, early and late (target 95 %)' })
  delivery(@Query() query: DeliveryMetricsQueryDto) {
    return this.queries.execute(new GetDeliveryMetricsQuery({ ...query, groupBy: query.groupBy ?? 'month' }));
  }

  @Get('repairs')
  @ApiOperation({ summary: 'Repairs completed within 5 Swedish working days (target 88 %)' })
  repairs(@Query() query: RepairMetricsQueryDto) {
    return this.queries.execute(new GetRepairMetricsQuery(query));
  }
}

@ApiTags('assets')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/assets')
export class AssetReadController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Asset index: status, holder and last event of every aid' })
  index(@Query() query: AssetIndexQueryDto) {
    return this.queries.execute(new FindAssetsQuery(query));
  }

  @Get(':id')
  @ApiOperation({ summary: "The aid's current state, or with asOf the state as the system knew it then" })
  async state(
    @Param('id') assetId: string,
    @Query() query: AssetAsOfQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const state: AssetState = await this.queries.execute(new GetAssetQuery(assetId, query.asOf));
    void reply.header('etag', `"${state.revision}"`);
    return state;
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of the aid, oldest first, with metadata' })
  history(@Param('id') assetId: string) {
    return this.queries.execute(new GetAssetHistoryQuery(assetId));
  }

  @Get(':id/history/verify')
  @ApiOperation({ summary: "Whether the aid's hash chain holds, or the revision where it breaks" })
  verify(@Param('id') assetId: string) {
    return this.queries.execute(new VerifyAssetHistoryQuery(assetId));
  }
}

export const READ_CONTROLLERS = [PersonAidsController, StockController, MetricsController, AssetReadController];
