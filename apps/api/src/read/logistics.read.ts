import { Controller, Get, Inject, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  findArticles,
  findOrders,
  findRoute,
  type ArticleItem,
  type OrderFilter,
  type OrderItem,
  type ReadModelDb,
  type RouteItem,
} from '@aidledger/projections';
import { Roles } from '../auth/roles.decorator.js';
import { READ_ROLES } from '../auth/roles.js';
import { todayInStockholm } from '../clock/clock.js';
import { IsIsoDay } from '../validation/validators.js';
import { READ_MODEL_DB } from './read-model.provider.js';

const ORDER_STATUSES = ['open', 'placed', 'cancelled', 'fulfilled'] as const;

export class OrdersQueryDto {
  @ApiPropertyOptional({ enum: ORDER_STATUSES, description: 'open = placed and waiting for an aid' })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: (typeof ORDER_STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) articleNo?: string;
}

export class RouteQueryDto {
  @ApiPropertyOptional({ example: '2025-03-04', description: 'Defaults to today' })
  @IsOptional()
  @IsIsoDay()
  day?: string;
}

export class FindOrdersQuery extends Query<{ items: OrderItem[] }> {
  constructor(readonly filter: OrderFilter) {
    super();
  }
}
export class GetRouteQuery extends Query<{ day: string; items: RouteItem[] }> {
  constructor(readonly day: string) {
    super();
  }
}
export class ListArticlesQuery extends Query<{ items: ArticleItem[] }> {}

@QueryHandler(FindOrdersQuery)
export class FindOrdersHandler implements IQueryHandler<FindOrdersQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ filter }: FindOrdersQuery) {
    return findOrders(this.db, filter);
  }
}

@QueryHandler(GetRouteQuery)
export class GetRouteHandler implements IQueryHandler<GetRouteQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute({ day }: GetRouteQuery) {
    return findRoute(this.db, day);
  }
}

@QueryHandler(ListArticlesQuery)
export class ListArticlesHandler implements IQueryHandler<ListArticlesQuery> {
  constructor(@Inject(READ_MODEL_DB) private readonly db: ReadModelDb) {}
  execute() {
    return findArticles(this.db);
  }
}

@ApiTags('orders')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/orders')
export class OrdersReadController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Orders by priority and planned day; status=open lists those waiting for an aid' })
  list(@QueryParams() query: OrdersQueryDto) {
    return this.queries.execute(new FindOrdersQuery(query));
  }
}

@ApiTags('transport')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/transport')
export class TransportController {
  constructor(private readonly queries: QueryBus) {}

  @Get('route')
  @ApiOperation({ summary: "The day's aids to dispatch and deliver, by route and municipality, with what is overdue" })
  route(@QueryParams() query: RouteQueryDto) {
    return this.queries.execute(new GetRouteQuery(query.day ?? todayInStockholm()));
  }
}

@ApiTags('articles')
@ApiBearerAuth()
@Roles(...READ_ROLES)
@Controller('api/articles')
export class ArticlesReadController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The assortment' })
  list() {
    return this.queries.execute(new ListArticlesQuery());
  }
}

export const LOGISTICS_CONTROLLERS = [OrdersReadController, TransportController, ArticlesReadController];
export const LOGISTICS_HANDLERS = [FindOrdersHandler, GetRouteHandler, ListArticlesHandler];
