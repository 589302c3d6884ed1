import type { EventStore } from '@aidledger/event-store';
import { allProjections } from './projections.js';
import type { ReadModelDb } from './read-model-db.js';
import type { ProjectorLogger } from './runtime/projection-worker.js';
import { ProjectorRuntime } from './runtime/projector-runtime.js';

/**
 * Every projection and no workflow, as the separate projector process and the API's projector thread run them:
 * the order-fulfilment workflow sends commands through the API's CommandBus, so it stays in the API.
 */
export const projectionsRuntime = (store: EventStore, db: ReadModelDb, logger?: ProjectorLogger): ProjectorRuntime =>
  new ProjectorRuntime({ store, db, projections: allProjections, logger });
