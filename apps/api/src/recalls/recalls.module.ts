import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { RecallReads } from './recall.reads.js';
import { RecallsController } from './recalls.controller.js';

/** Recalls (FSCA): issue, units done, progress, and the holders for the auditor. */
@Module({
  imports: [AccessLogModule],
  controllers: [RecallsController],
  providers: [RecallReads],
})
export class RecallsModule {}
