import { Module } from '@nestjs/common';
import { READ_CONTROLLERS } from './read.controllers.js';
import { READ_HANDLERS } from './read.handlers.js';
import { LOGISTICS_CONTROLLERS, LOGISTICS_HANDLERS } from './logistics.read.js';
import { EmbeddedProjector, READ_MODEL_DB, readModelDbProvider } from './read-model.provider.js';

/** The query side: read models, the auditor's view of a stream, and the embedded projector. */
@Module({
  controllers: [...READ_CONTROLLERS, ...LOGISTICS_CONTROLLERS],
  providers: [readModelDbProvider, EmbeddedProjector, ...READ_HANDLERS, ...LOGISTICS_HANDLERS],
  exports: [READ_MODEL_DB, EmbeddedProjector],
})
export class ReadModule {}
