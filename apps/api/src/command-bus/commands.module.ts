import { Module } from '@nestjs/common';
import { PersonDirectory } from '../persons/person-directory.js';
import { PersonCommandHandler } from '../persons/person.handler.js';
import {
  AggregateRunner,
  ArticleCommandHandler,
  AssetCommandHandler,
  ConsumableStockCommandHandler,
  OrderCommandHandler,
  PayerCommandHandler,
} from './aggregate-commands.js';
import { ReferencedFacts } from './referenced-facts.js';

/** The command side: one handler per aggregate over one command path. */
@Module({
  providers: [
    AggregateRunner,
    ReferencedFacts,
    PersonDirectory,
    ArticleCommandHandler,
    AssetCommandHandler,
    OrderCommandHandler,
    PayerCommandHandler,
    PersonCommandHandler,
    ConsumableStockCommandHandler,
  ],
  exports: [PersonDirectory],
})
export class CommandsModule {}
