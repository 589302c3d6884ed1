import { allProjections, openReadModelDb, ProjectorRuntime, type ReadModelDb } from '@aidledger/projections';
import type { EventStore } from '@aidledger/event-store';
import { loadConfig, type AppConfig } from '../../api/src/config/app.config.js';
import { openEventStore } from '../../api/src/store/open-event-store.js';

export type ProjectorContext = { config: AppConfig; store: EventStore; db: ReadModelDb };

export const openProjectorContext = async (): Promise<ProjectorContext> => {
  const config = loadConfig();
  const store = await openEventStore(config);
  const db = openReadModelDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  return { config, store, db };
};

export const createRuntime = ({ store, db }: ProjectorContext): ProjectorRuntime =>
  new ProjectorRuntime({
    store,
    db,
    projections: allProjections,
    logger: {
      info: (message, context) => console.error(JSON.stringify({ level: 'info', msg: message, ...context })),
      warn: (message, context) => console.error(JSON.stringify({ level: 'warn', msg: message, ...context })),
      error: (message, context) => console.error(JSON.stringify({ level: 'error', msg: message, ...context })),
    },
  });
