import { readStoreConfig, type StoreConfig } from '@aidledger/event-store';

export type AppConfig = StoreConfig & {
  port: number;
  host: string;
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

  const store = readStoreConfig(env, problems);

  const authSecret = env.AUTH_SECRET || null;
  if (authSecret !== null && authSecret.length < 32)
    problems.push('AUTH_SECRET must be at least 32 characters (or empty to generate one into DATA_DIR)');

  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: AppConfig = {
    port,
    host: env.HOST || '0.0.0.0',
    ...store,
    demoData: onOff('DEMO_DATA', env.DEMO_DATA, true, problems),
    authSecret,
    logLevel,
    embeddedProjector: onOff('EMBEDDED_PROJECTOR', env.EMBEDDED_PROJECTOR, true, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
