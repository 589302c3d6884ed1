import { Body, Controller } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { findPayers } from '@aidledger/projections';
import { OnPayer } from '../command-bus/aggregate-commands.js';
import { FromRequest } from '../command-bus/command-context.decorator.js';
import { FIGURE_ROLES } from '../auth/roles.js';
import { CommandEndpoint, QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { PayerListDto, RegisterPayerDto } from './payer.dto.js';

@ApiTags('payers')
@ApiBearerAuth()
@Controller('api/payers')
export class PayersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @CommandEndpoint(undefined, {
    roles: ['finance'],
    summary: 'Register a payer (a municipality or a region unit)',
    creates: true,
  })
  register(@Body() data: RegisterPayerDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnPayer(data.payerId, { type: 'RegisterPayer', data }, context));
  }

  @QueryEndpoint(undefined, { roles: FIGURE_ROLES, summary: 'The payers', type: PayerListDto })
  list() {
    return this.queries.execute(new Read(({ db }) => findPayers(db)));
  }
}
