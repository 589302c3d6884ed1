import { Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@aidledger/event-store';
import { AppMetrics } from '../observability/app-metrics.js';
import { AccessLog } from './access-log.js';

/** The access log every person-level read records into. */
@Module({
  providers: [
    {
      provide: AccessLog,
      inject: [EVENT_STORE, AppMetrics],
      useFactory: (store: EventStore, metrics: AppMetrics) =>
        new AccessLog(store, { onWritten: (entries) => metrics.accessLogWritten(entries) }),
    },
  ],
  exports: [AccessLog],
})
export class AccessLogModule {}
