import { Module } from '@nestjs/common';
import { PersonDirectory } from '../persons/person-directory.js';
import { PersonCommandHandler } from '../persons/person.handler.js';
import { AssetCommandHandler } from '../assets/asset.handler.js';
import { UnitNumbers } from '../assets/unit-numbers.js';
import {
  AggregateRunner,
  ArticleCommandHandler,
  BillingMonthsCommandHandler,
  ConsumableStockCommandHandler,
  FittingCommandHandler,
  OrderCommandHandler,
  PayerCommandHandler,
  RecallCommandHandler,
} from './aggregate-commands.js';
import { ReferencedFacts } from './referenced-facts.js';

/** The command side: one handler per aggregate over one command path. */
@Module({
  providers: [
    AggregateRunner,
    ReferencedFacts,
    PersonDirectory,
    UnitNumbers,
    ArticleCommandHandler,
    AssetCommandHandler,
    BillingMonthsCommandHandler,
    OrderCommandHandler,
    PayerCommandHandler,
    PersonCommandHandler,
    RecallCommandHandler,
    ConsumableStockCommandHandler,
    FittingCommandHandler,
  ],
  exports: [PersonDirectory, UnitNumbers],
})
export class CommandsModule {}
