import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { CommandContext, type RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { AllocateAssetCommand } from '../assets/asset.handlers.js';
import { AllocateOrderDto, CancelOrderDto, PlaceOrderDto, RescheduleOrderDto } from './order.dto.js';
import { CancelOrderCommand, PlaceOrderCommand, RescheduleOrderCommand } from './order.handlers.js';

const OrderId = () => Param('id', new ParseUUIDPipe({ version: undefined }));

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class OrdersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles('planner')
  @ApiOperation({ summary: "Place a prescriber's order of an article for a person" })
  place(@Body() body: PlaceOrderDto, @CommandContext() context: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new PlaceOrderCommand(body, context));
  }

  @Post(':id/allocate')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Reserve a ready aid for the order' })
  allocate(
    @OrderId() id: string,
    @Body() body: AllocateOrderDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new AllocateAssetCommand(id, body, context));
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @Roles('planner', 'transport')
  @ApiOperation({ summary: 'Agree a new planned delivery day with the recipient' })
  reschedule(
    @OrderId() id: string,
    @Body() body: RescheduleOrderDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RescheduleOrderCommand(id, body, context));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('planner')
  @ApiOperation({ summary: 'Cancel an order that is not fulfilled' })
  cancel(
    @OrderId() id: string,
    @Body() body: CancelOrderDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new CancelOrderCommand(id, body, context));
  }
}
