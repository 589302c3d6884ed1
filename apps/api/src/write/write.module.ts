import { Module } from '@nestjs/common';
import { ArticleCatalogue } from '../articles/article-catalogue.js';
import { RegisterArticleHandler } from '../articles/article.handlers.js';
import { ArticlesController } from '../articles/articles.controller.js';
import { ASSET_HANDLERS } from '../assets/asset.handlers.js';
import { AssetsController } from '../assets/assets.controller.js';
import { CONSUMABLE_HANDLERS } from '../consumables/consumable.handlers.js';
import { ConsumablesController } from '../consumables/consumables.controller.js';
import { ORDER_HANDLERS } from '../orders/order.handlers.js';
import { OrdersController } from '../orders/orders.controller.js';
import { PersonDirectory } from '../persons/person-directory.js';
import { PERSON_HANDLERS } from '../persons/person.handlers.js';
import { PersonsController } from '../persons/persons.controller.js';
import { AggregateCommands } from './aggregate-commands.js';

/** The command side: one controller per resource, one handler per command. */
@Module({
  controllers: [ArticlesController, PersonsController, AssetsController, OrdersController, ConsumablesController],
  providers: [
    AggregateCommands,
    ArticleCatalogue,
    PersonDirectory,
    RegisterArticleHandler,
    ...ASSET_HANDLERS,
    ...ORDER_HANDLERS,
    ...PERSON_HANDLERS,
    ...CONSUMABLE_HANDLERS,
  ],
  exports: [AggregateCommands, ArticleCatalogue, PersonDirectory],
})
export class WriteModule {}
