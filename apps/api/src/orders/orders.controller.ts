import { Body, Controller, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { findOrders } from '@aidledger/projections';
import { OnAsset, OnOrder } from '../command-bus/aggregate-commands.js';
import { createdId, FromRequest } from '../command-bus/command-context.decorator.js';
import { AID_ROLES } from '../auth/roles.js';
import { CommandEndpoint, QueryEndpoint, UuidParam } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import {
  AllocateOrderDto,
  CancelOrderDto,
  OrderListDto,
  OrdersQueryDto,
  PlaceOrderDto,
  RescheduleOrderDto,
} from './order.dto.js';
import { LogsPersonReads } from '../access-log/logs-person-reads.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class OrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandEndpoint(undefined, {
    roles: ['planner'],
    summary: "Place a prescriber's order of an article for a person",
    creates: true,
  })
  place(@Body() body: PlaceOrderDto, @FromRequest() context: CommandContext) {
    // A null id is not chosen: a default in the destructuring would keep it, and place the order as "null".
    const { orderId, ...data } = body;
    return this.commands.execute(new OnOrder(orderId ?? createdId(context), { type: 'PlaceOrder', data }, context));
  }

  /** Allocation is recorded on the aid's stream: the answer names the aid and its revision. */
  @CommandEndpoint(':id/allocate', { roles: ['warehouse'], summary: 'Reserve a ready aid for the order' })
  allocate(@UuidParam() orderId: string, @Body() body: AllocateOrderDto, @FromRequest() context: CommandContext) {
    const { assetId, allocatedOn } = body;
    return this.commands.execute(
      new OnAsset(assetId, { type: 'AllocateAsset', data: { orderId, allocatedOn } }, context),
    );
  }

  @CommandEndpoint(':id/reschedule', {
    roles: ['planner', 'transport'],
    summary: 'Agree a new planned delivery day with the recipient',
  })
  reschedule(@UuidParam() id: string, @Body() data: RescheduleOrderDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnOrder(id, { type: 'RescheduleOrder', data }, context));
  }

  @CommandEndpoint(':id/cancel', { roles: ['planner'], summary: 'Cancel an order that is not fulfilled' })
  cancel(@UuidParam() id: string, @Body() data: CancelOrderDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnOrder(id, { type: 'CancelOrder', data }, context));
  }

  @QueryEndpoint(undefined, {
    roles: AID_ROLES,
    summary: 'Orders by priority and planned day; status=open lists those waiting for an aid',
    type: OrderListDto,
  })
  @LogsPersonReads('orders.list', (answer: { items: { personId: string }[] }) =>
    answer.items.map((item) => item.personId),
  )
  list(@Query() query: OrdersQueryDto) {
    return this.queries.execute(new Read(({ db }) => findOrders(db, query)));
  }
}
