import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { findStockLevels } from '@aidledger/projections';
import { FIGURE_ROLES } from '../auth/roles.js';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { StockLevelsDto, StockQueryDto } from './stock.dto.js';

@ApiTags('stock')
@ApiBearerAuth()
@Controller('api/stock')
export class StockController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint(undefined, {
    roles: FIGURE_ROLES,
    summary: 'Stock levels per article and location',
    type: StockLevelsDto,
  })
  levels(@Query() query: StockQueryDto) {
    return this.queries.execute(new Read(({ db }) => findStockLevels(db, query)));
  }
}
