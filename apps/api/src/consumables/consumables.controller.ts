import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { OnConsumableStock } from '../command-bus/aggregate-commands.js';
import { FromRequest } from '../command-bus/command-context.decorator.js';
import { CommandEndpoint } from '../http/endpoints.js';
import { AdjustConsumablesDto, DeliverConsumablesDto, ReceiveConsumablesDto } from './consumable.dto.js';

@ApiTags('consumables')
@ApiBearerAuth()
@Controller('api/consumables/:articleNo')
export class ConsumablesController {
  constructor(private readonly commands: CommandBus) {}

  @CommandEndpoint('receive', { roles: ['warehouse'], summary: 'Receive consumables into a location' })
  receive(
    @Param('articleNo') articleNo: string,
    @Body() data: ReceiveConsumablesDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.commands.execute(new OnConsumableStock(articleNo, { type: 'ReceiveConsumables', data }, context));
  }

  @CommandEndpoint('deliver', { roles: ['warehouse', 'transport'], summary: 'Deliver consumables against an order' })
  deliver(
    @Param('articleNo') articleNo: string,
    @Body() data: DeliverConsumablesDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.commands.execute(new OnConsumableStock(articleNo, { type: 'DeliverConsumables', data }, context));
  }

  @CommandEndpoint('adjust', { roles: ['warehouse'], summary: 'Correct the quantity on hand, with a reason' })
  adjust(
    @Param('articleNo') articleNo: string,
    @Body() data: AdjustConsumablesDto,
    @FromRequest() context: CommandContext,
  ) {
    return this.commands.execute(new OnConsumableStock(articleNo, { type: 'AdjustConsumables', data }, context));
  }
}
