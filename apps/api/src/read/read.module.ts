import { Module } from '@nestjs/common';
import { READ_CONTROLLERS } from './read.controllers.js';
import { READ_HANDLERS } from './read.handlers.js';
import { EmbeddedProjector, READ_MODEL_DB, readModelDbProvider } from './read-model.provider.js';

/** The query side: read models, the auditor's view of a stream, and the embedded projector. */
@Module({
  controllers: READ_CONTROLLERS,
  providers: [readModelDbProvider, EmbeddedProjector, ...READ_HANDLERS],
  exports: [READ_MODEL_DB, EmbeddedProjector],
})
export class ReadModule {}
