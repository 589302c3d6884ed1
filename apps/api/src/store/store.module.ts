import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CommandLoop, EVENT_STORE, openEventStore, type EventStore } from '@aidledger/event-store';

import { APP_CONFIG, type AppConfig } from '../config/app.config.js';

/** The event store and the command loop on it, one per process, closed last on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<EventStore> => openEventStore(config),
    },
    { provide: CommandLoop, inject: [EVENT_STORE], useFactory: (store: EventStore) => new CommandLoop(store) },
  ],
  exports: [EVENT_STORE, CommandLoop],
})
export class StoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('event-store');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    // Queued appends are committed before the store closes: an acknowledged command is never lost.
    await this.store.close();
    this.logger.log('event store closed');
  }
}
