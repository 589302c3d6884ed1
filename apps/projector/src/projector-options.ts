import { openReadModelDb, projectionsRuntime, type ProjectorRuntime, type ReadModelDb } from '@aidledger/projections';
import { openEventStore, readStoreConfig, type EventStore, type StoreConfig } from '@aidledger/event-store';

export type ProjectorContext = { config: StoreConfig; store: EventStore; db: ReadModelDb };

/** The projector reads the same store variables as the API; a bad value stops it with exit code 78. */
export const openProjectorContext = async (): Promise<ProjectorContext> => {
  const problems: string[] = [];
  const config = readStoreConfig(process.env, problems);
  if (problems.length > 0) {
    console.error(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exit(78);
  }
  const store = await openEventStore(config);
  const db = openReadModelDb({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  return { config, store, db };
};

export const createRuntime = ({ store, db }: ProjectorContext): ProjectorRuntime =>
  projectionsRuntime(store, db, {
    info: (message, context) => console.error(JSON.stringify({ level: 'info', msg: message, ...context })),
    warn: (message, context) => console.error(JSON.stringify({ level: 'warn', msg: message, ...context })),
    error: (message, context) => console.error(JSON.stringify({ level: 'error', msg: message, ...context })),
  });
