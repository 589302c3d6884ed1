import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator.js';
import { CommandContext, type RequestContext } from '../command-bus/command-context.decorator.js';
import type { CommandAnswer } from '../command-bus/command-answer.js';
import { AdjustConsumablesDto, DeliverConsumablesDto, ReceiveConsumablesDto } from './consumable.dto.js';
import {
  AdjustConsumablesCommand,
  DeliverConsumablesCommand,
  ReceiveConsumablesCommand,
} from './consumable.handlers.js';

@ApiTags('consumables')
@ApiBearerAuth()
@Controller('api/consumables/:articleNo')
export class ConsumablesController {
  constructor(private readonly commands: CommandBus) {}

  @Post('receive')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Receive consumables into a location' })
  receive(
    @Param('articleNo') articleNo: string,
    @Body() body: ReceiveConsumablesDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ReceiveConsumablesCommand(articleNo, body, context));
  }

  @Post('deliver')
  @HttpCode(200)
  @Roles('warehouse', 'transport')
  @ApiOperation({ summary: 'Deliver consumables against an order' })
  deliver(
    @Param('articleNo') articleNo: string,
    @Body() body: DeliverConsumablesDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new DeliverConsumablesCommand(articleNo, body, context));
  }

  @Post('adjust')
  @HttpCode(200)
  @Roles('warehouse')
  @ApiOperation({ summary: 'Correct the quantity on hand, with a reason' })
  adjust(
    @Param('articleNo') articleNo: string,
    @Body() body: AdjustConsumablesDto,
    @CommandContext() context: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new AdjustConsumablesCommand(articleNo, body, context));
  }
}
