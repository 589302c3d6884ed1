import { Controller, Param, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@aidledger/event-store';
import { AccessedBy, type Accessor } from '../access-log/accessed-by.decorator.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { BILLING_ROLES, type Principal } from '../auth/roles.js';
import { OnBillingMonths } from '../command-bus/aggregate-commands.js';
import { FromRequest } from '../command-bus/command-context.decorator.js';
import { CommandEndpoint, QueryEndpoint } from '../http/endpoints.js';
import {
  BillingMonthDto,
  BillingMonthParamDto,
  FleetDto,
  FleetQueryDto,
  InvoiceBasisDto,
  InvoiceBasisQueryDto,
} from './billing.dto.js';
import { BillingReads } from './billing.reads.js';

const PAYER_SCOPE =
  'A payer token reads its own payerId only (403 for another). One access-log entry per person named.';

@ApiTags('billing')
@ApiBearerAuth()
@Controller('api/billing')
export class BillingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly billing: BillingReads,
  ) {}

  @QueryEndpoint('invoice-basis', {
    roles: BILLING_ROLES,
    summary: "A payer's invoice basis of a month: every line with the events behind it",
    description: PAYER_SCOPE,
    type: InvoiceBasisDto,
    notFound: true,
  })
  invoiceBasis(
    @Query() query: InvoiceBasisQueryDto,
    @CurrentPrincipal() reader: Principal,
    @AccessedBy() accessor: Accessor,
  ) {
    return this.billing.invoiceBasis(reader, accessor, query);
  }

  @QueryEndpoint('forecast', {
    roles: BILLING_ROLES,
    summary: 'The rent periods that will start in a month for the loans running today',
    description: PAYER_SCOPE,
    type: InvoiceBasisDto,
    notFound: true,
  })
  forecast(
    @Query() query: InvoiceBasisQueryDto,
    @CurrentPrincipal() reader: Principal,
    @AccessedBy() accessor: Accessor,
  ) {
    return this.billing.forecast(reader, accessor, query);
  }

  @QueryEndpoint('fleet', {
    roles: BILLING_ROLES,
    summary: 'The aids out now that a payer pays for today',
    description: PAYER_SCOPE,
    type: FleetDto,
    notFound: true,
  })
  fleet(@Query() query: FleetQueryDto, @CurrentPrincipal() reader: Principal, @AccessedBy() accessor: Accessor) {
    return this.billing.fleet(reader, accessor, query);
  }

  @QueryEndpoint('months/:month', {
    roles: ['finance', 'auditor'],
    summary: "A month of the books: whether it is closed, and every payer's lines and total",
    type: BillingMonthDto,
  })
  month(@Param() { month }: BillingMonthParamDto) {
    return this.billing.month(month);
  }

  @CommandEndpoint('months/:month/close', {
    roles: ['finance'],
    summary: 'Close the books through a month that has ended (409 BILLING.MONTH_NOT_ENDED otherwise)',
    description: 'Closing a closed month again changes nothing. A later back-dated change comes as correction lines.',
  })
  close(@Param() { month }: BillingMonthParamDto, @FromRequest() context: CommandContext) {
    return this.commands.execute(new OnBillingMonths(month, { type: 'CloseBillingMonth', data: {} }, context));
  }
}
