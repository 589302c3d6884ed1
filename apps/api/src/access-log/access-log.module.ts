import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { AccessLog } from './access-log.js';

/** The access log every person-level read records into. */
@Module({
  providers: [{ provide: AccessLog, inject: [EVENT_STORE], useFactory: (store: EventStore) => new AccessLog(store) }],
  exports: [AccessLog],
})
export class AccessLogModule {}
