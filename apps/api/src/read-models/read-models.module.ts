import { Module } from '@nestjs/common';
import { OrderFulfilmentWorkflow } from '../workflows/order-fulfilment.workflow.js';
import { EmbeddedProjector, READ_MODEL_DB, readModelDbProvider } from './read-model.provider.js';
import { ReadHandler } from './read.query.js';

/** The query side: read models, the embedded projector and the order-fulfilment workflow it drives. */
@Module({
  providers: [readModelDbProvider, EmbeddedProjector, OrderFulfilmentWorkflow, ReadHandler],
  exports: [READ_MODEL_DB, EmbeddedProjector],
})
export class ReadModelsModule {}
