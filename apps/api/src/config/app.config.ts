import path from 'node:path';

export type EventStoreKind = 'sqlite' | 'eventstoredb';

export type AppConfig = {
  port: number;
  host: string;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString: string | null;
  /** null = SQLite read models in dataDir. */
  databaseUrl: string | null;
  demoData: boolean;
  /** null = generated once into dataDir. */
  authSecret: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Run the projections inside the API process (embedded mode). */
  embeddedProjector: boolean;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const onOff = (name: string, value: string | undefined, fallback: boolean, problems: string[]): boolean => {
  if (value === undefined || value === '') return fallback;
  const normalized = value.toLowerCase();
  if (['on', 'true', '1', 'yes'].includes(normalized)) return true;
  if (['off', 'false', '0', 'no'].includes(normalized)) return false;
  problems.push(`${name} must be on or off, got "${value}"`);
  return fallback;
};

/** Reads and validates the environment; every variable has a safe embedded default. */
export const loadConfig = (env: Env = process.env): AppConfig => {
  const problems: string[] = [];

  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535)
    problems.push(`PORT must be a port number 0-65535, got "${portText}"`);

  const eventStore = (env.EVENT_STORE || 'sqlite') as EventStoreKind;
  if (eventStore !== 'sqlite' && eventStore !== 'eventstoredb')
    problems.push(`EVENT_STORE must be sqlite or eventstoredb, got "${env.EVENT_STORE}"`);

  const eventStoreConnectionString = env.EVENTSTORE_CONNECTION_STRING || null;
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString)
    problems.push('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING (e.g. esdb://node1:2113?tls=true)');
  if (
    eventStoreConnectionString &&
    !/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb):\/\//.test(eventStoreConnectionString)
  )
    problems.push('EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://');

  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be empty (SQLite in DATA_DIR) or a postgres:// URL');

  const authSecret = env.AUTH_SECRET || null;
  if (authSecret !== null && authSecret.length < 32)
    problems.push('AUTH_SECRET must be at least 32 characters (or empty to generate one into DATA_DIR)');

  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: AppConfig = {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    eventStore,
    eventStoreConnectionString,
    databaseUrl,
    demoData: onOff('DEMO_DATA', env.DEMO_DATA, true, problems),
    authSecret,
    logLevel,
    embeddedProjector: onOff('EMBEDDED_PROJECTOR', env.EMBEDDED_PROJECTOR, true, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
