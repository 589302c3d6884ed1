import type { EventStore } from '@aidledger/event-store';
import { allProjections } from './projections.js';
import type { ReadModelDb } from './read-model-db.js';
import type { ProjectorLogger } from './runtime/projection-worker.js';
import { ProjectorRuntime, type Workflow } from './runtime/projector-runtime.js';

/**
 * Every projection, as the separate projector process and the API's projector thread run them. The order-fulfilment
 * workflow sends commands through the API's CommandBus: the separate process runs no workflow, the thread runs it
 * with a dispatch that hands each command to the API.
 */
export const projectionsRuntime = (
  store: EventStore,
  db: ReadModelDb,
  logger?: ProjectorLogger,
  workflows: readonly Workflow[] = [],
): ProjectorRuntime => new ProjectorRuntime({ store, db, projections: allProjections, workflows, logger });
