import path from 'node:path';
import { EventStoreDbEventStore, SqliteEventStore, type EventStore } from '@aidledger/event-store';
import type { AppConfig } from '../config/app.config.js';

export const openEventStore = async (config: AppConfig): Promise<EventStore> => {
  if (config.eventStore === 'eventstoredb') {
    if (!config.eventStoreConnectionString) throw new Error('EVENTSTORE_CONNECTION_STRING is required');
    return EventStoreDbEventStore.connect(config.eventStoreConnectionString);
  }
  return SqliteEventStore.open(path.join(config.dataDir, 'events.sqlite'));
};
