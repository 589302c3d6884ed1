import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { OnFitting } from '../command-bus/aggregate-commands.js';
import { createdId, FromRequest } from '../command-bus/command-context.decorator.js';
import { CommandEndpoint, UuidParam } from '../http/endpoints.js';
import { CancelFittingDto, CompleteFittingDto, OfferFittingDto, RequestFittingDto } from './fitting.dto.js';

@ApiTags('fittings')
@ApiBearerAuth()
@Controller('api/fittings')
export class FittingsController {
  constructor(private readonly commands: CommandBus) {}

  @CommandEndpoint(undefined, {
    roles: ['planner'],
    summary: "Record a prescriber's request to fit an aid for a person (utprovning)",
    creates: true,
  })
  request(@Body() body: RequestFittingDto, @FromRequest() context: CommandContext) {
    // A null id is not chosen: a default in the destructuring would keep it.
    const { fittingId, ...data } = body;
    return this.commands.execute(
      new OnFitting(fittingId ?? createdId(context), { type: 'RequestFitting', data }, context),
    );
  }

  @CommandEndpoint(':id/offer', { roles: ['planner'], summary: 'Offer the person a time for the fitting' })
  offer(@UuidParam() id: string, @Body() data: OfferFittingDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnFitting(id, { type: 'OfferFitting', data }, context));
  }

  @CommandEndpoint(':id/complete', { roles: ['planner'], summary: 'Record that the fitting took place' })
  complete(@UuidParam() id: string, @Body() data: CompleteFittingDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnFitting(id, { type: 'CompleteFitting', data }, context));
  }

  @CommandEndpoint(':id/cancel', { roles: ['planner'], summary: 'Cancel a fitting that has not taken place' })
  cancel(@UuidParam() id: string, @Body() data: CancelFittingDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnFitting(id, { type: 'CancelFitting', data }, context));
  }
}
