import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  CommandLoop,
  EVENT_STORE,
  openEventStore,
  ThreadedSqliteEventStore,
  type EventStore,
} from '@aidledger/event-store';
import { APP_CONFIG, type AppConfig } from '../config/app.config.js';
import { openKeyVault } from '../personal-data/key-vault.js';
import { PersonalData } from '../personal-data/personal-data.js';

/**
 * The event store, the persons' keys beside it, and the command loop that encrypts personal data on the way in
 * and decrypts it on the way out; one of each per process, closed last on shutdown.
 */
@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): Promise<EventStore> => openEventStore(config),
    },
    {
      provide: PersonalData,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new PersonalData(openKeyVault(config)),
    },
    {
      provide: CommandLoop,
      inject: [EVENT_STORE, PersonalData],
      useFactory: (store: EventStore, personalData: PersonalData) =>
        new CommandLoop(store, { codec: personalData.codec }),
    },
  ],
  exports: [EVENT_STORE, CommandLoop, PersonalData],
})
export class StoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('event-store');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PersonalData) private readonly personalData: PersonalData,
  ) {
    // A dead store thread fails every command and /health from then on; this says why, once, in the log.
    if (store instanceof ThreadedSqliteEventStore) store.onFailure((error) => this.logger.error(error.message));
  }

  async onApplicationShutdown(): Promise<void> {
    // Queued appends are committed before the store closes: an acknowledged command is never lost.
    await this.store.close();
    await this.personalData.close();
    this.logger.log('event store closed');
  }
}
